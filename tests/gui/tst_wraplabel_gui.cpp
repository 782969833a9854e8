// WrapLabel remembers heightForWidth(): every answer must be QLabel's for the label as it is
// now, after each change of text, format, wrapping, margins, indent, font and style.
#include "WrapLabel.h"

#include <QApplication>
#include <QFont>
#include <QTest>

class tst_WrapLabelGui : public QObject {
    Q_OBJECT

    // The same settings on a plain QLabel and a WrapLabel; every width asked twice.
    static void expectQLabelAnswers(WrapLabel &label, const char *what) {
        QLabel plain;
        plain.setText(label.text());
        plain.setTextFormat(label.textFormat());
        plain.setWordWrap(label.wordWrap());
        plain.setMargin(label.margin());
        plain.setIndent(label.indent());
        plain.setContentsMargins(label.contentsMargins());
        plain.setFont(label.font());
        for (int round = 0; round < 2; ++round) {
            for (int width : {40, 120, 300, 800, 120, 2000, 41, 42, 43, 44, 45, 46, 47, 48, 40}) {
                QVERIFY2(label.heightForWidth(width) == plain.heightForWidth(width),
                         qPrintable(QStringLiteral("%1, width %2: %3 instead of %4")
                                        .arg(QLatin1String(what))
                                        .arg(width)
                                        .arg(label.heightForWidth(width))
                                        .arg(plain.heightForWidth(width))));
            }
        }
    }

private Q_SLOTS:
    void answersAsQLabelDoesAfterEveryChange() {
        const QString paragraph = QStringLiteral(
            "Every user's personal access tokens in one table, with what needs attention. Pick a "
            "flag to see only those tokens, select tokens of any owners, and revoke them after a "
            "preview; a receipt of what was done can be saved.");
        WrapLabel label;
        label.setWordWrap(true);
        label.setText(paragraph);
        expectQLabelAnswers(label, "a paragraph");
        label.setText(paragraph.left(40));
        expectQLabelAnswers(label, "another text");
        label.setTextFormat(Qt::RichText);
        label.setText(QStringLiteral("<h2>Token hygiene</h2><p>%1</p>").arg(paragraph));
        expectQLabelAnswers(label, "rich text");
        label.setTextFormat(Qt::PlainText);
        label.setText(paragraph);
        label.setMargin(9);
        expectQLabelAnswers(label, "a margin");
        label.setIndent(30);
        expectQLabelAnswers(label, "an indent");
        label.setContentsMargins(5, 7, 11, 13);
        expectQLabelAnswers(label, "contents margins");
        QFont big = label.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        label.setFont(big);
        expectQLabelAnswers(label, "a font twice the size");
        label.setWordWrap(false);
        expectQLabelAnswers(label, "no wrapping");
    }
};

QTEST_MAIN(tst_WrapLabelGui)
#include "tst_wraplabel_gui.moc"

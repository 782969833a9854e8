# Precompiled Qt headers (TOKENDESK_PCH): most of the compile time of a translation unit here is
# GCC parsing Qt's headers again. Two headers are precompiled once per tree and reused by every
# target: the Qt Core and Network one in tokendesk_core (for the targets without widgets), the
# widgets one in tokendesk_gui (for every target that links tokendesk_gui). QtTest stays out: its
# headers test QT_WIDGETS_LIB, QT_GUI_LIB and QT_TESTCASE_BUILDDIR, which differ between tests,
# and GCC ignores a precompiled header made with other definitions of the macros it uses.
#
# On by default with GCC and no compiler launcher (CI). Off with ccache (./run, ./test and
# scripts/setup.sh add it where a developer has it): ccache does not cache a compilation that
# uses a precompiled header unless its sloppiness is set, and a warm ccache is faster anyway.
# Off with clang (the fuzz tree): clang refuses a precompiled header made with other macros.
set(tokendesk_pch_default OFF)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(tokendesk_pch_default ON)
endif()
option(TOKENDESK_PCH "Precompile the Qt headers once and reuse them in every target (GCC)"
       ${tokendesk_pch_default})

set(TOKENDESK_PCH_CORE
    <optional> <functional> <memory>
    <QByteArray> <QString> <QStringList> <QList> <QHash> <QSet> <QVariant> <QObject> <QPointer>
    <QCoreApplication> <QTimer> <QDateTime> <QTimeZone> <QLocale> <QRegularExpression>
    <QFile> <QDir> <QUrl> <QUrlQuery> <QJsonDocument> <QJsonObject> <QJsonArray> <QJsonValue>
    <QNetworkAccessManager> <QNetworkRequest> <QNetworkReply>)
set(TOKENDESK_PCH_WIDGETS ${TOKENDESK_PCH_CORE}
    <QGuiApplication> <QIcon> <QPainter> <QClipboard> <QDesktopServices> <QAction>
    <QSortFilterProxyModel> <QApplication> <QWidget> <QDialog> <QDialogButtonBox> <QBoxLayout>
    <QLabel> <QPushButton> <QToolButton> <QLineEdit> <QComboBox> <QCheckBox> <QMenu>
    <QMessageBox> <QHeaderView> <QTableView> <QTreeWidget> <QListWidget> <QPlainTextEdit>)

# True in <out> when <target> links <library>, directly or through our own libraries.
function(tokendesk_links target library out)
    get_target_property(direct ${target} LINK_LIBRARIES)
    get_target_property(interface ${target} INTERFACE_LINK_LIBRARIES)
    set(result FALSE)
    foreach(lib IN LISTS direct interface)
        if(lib STREQUAL library)
            set(result TRUE)
        elseif(TARGET ${lib} AND lib MATCHES "^tokendesk_")
            tokendesk_links(${lib} ${library} result)
        endif()
        if(result)
            break()
        endif()
    endforeach()
    set(${out} ${result} PARENT_SCOPE)
endfunction()

# Every library and executable defined under <dir> (recursively) that compiles C++ of ours.
function(tokendesk_collect_targets dir out)
    get_property(targets DIRECTORY ${dir} PROPERTY BUILDSYSTEM_TARGETS)
    get_property(subdirs DIRECTORY ${dir} PROPERTY SUBDIRECTORIES)
    foreach(sub IN LISTS subdirs)
        tokendesk_collect_targets(${sub} more)
        list(APPEND targets ${more})
    endforeach()
    set(${out} ${targets} PARENT_SCOPE)
endfunction()

# Called at the end of the top-level CMakeLists.txt, when every target exists.
function(tokendesk_precompile_qt_headers)
    if(NOT TOKENDESK_PCH)
        return()
    endif()
    target_precompile_headers(tokendesk_core PRIVATE ${TOKENDESK_PCH_CORE})
    target_precompile_headers(tokendesk_gui PRIVATE ${TOKENDESK_PCH_WIDGETS})
    tokendesk_collect_targets(${CMAKE_SOURCE_DIR} targets)
    foreach(target IN LISTS targets)
        get_target_property(type ${target} TYPE)
        if(NOT type MATCHES "^(STATIC_LIBRARY|EXECUTABLE)$"
           OR target MATCHES "^(tokendesk_core|tokendesk_gui|tokendesk_resources|tokendesk_translations)$")
            continue()
        endif()
        # GCC uses a precompiled header only where every macro defined when it was made is
        # defined alike (QT_WIDGETS_LIB, QT_NETWORK_LIB, ...): only targets that link its
        # library get it; the others (a small tool, bench_bare) compile as before.
        tokendesk_links(${target} tokendesk_gui widgets)
        tokendesk_links(${target} tokendesk_core core)
        if(widgets)
            target_precompile_headers(${target} REUSE_FROM tokendesk_gui)
        elseif(core)
            target_precompile_headers(${target} REUSE_FROM tokendesk_core)
        endif()
    endforeach()
endfunction()

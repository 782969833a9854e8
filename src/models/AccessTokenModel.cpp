#include "AccessTokenModel.h"

#include "Logging.h"
#include "ModerneApi.h"
#include "TimeFormat.h"

#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QLocale>

namespace {
constexpr qint64 SoonSeconds = 7 * 86400;
const QColor Amber(0xb2, 0x6b, 0x00);
const QColor Red(0xc6, 0x28, 0x28);
} // namespace

AccessTokenModel::AccessTokenModel(ModerneApi *api, QObject *parent)
    : QAbstractTableModel(parent)
    , m_api(api)
{
}

int AccessTokenModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int AccessTokenModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

AccessTokenModel::ExpiryState AccessTokenModel::expiryState(const AccessToken &token) const
{
    if (!token.expiresAt)
        return ExpiryState::Never;
    const qint64 left = m_clock().secsTo(*token.expiresAt);
    if (left <= 0)
        return ExpiryState::Expired;
    return left <= SoonSeconds ? ExpiryState::Soon : ExpiryState::Fine;
}

QVariant AccessTokenModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessToken &token = m_tokens.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == DescriptionColumn)
            return token.description.isEmpty() ? tr("(no description)") : token.description;
        if (column == CreatedColumn)
            return TimeFormat::relative(token.created, m_clock());
        if (column == ExpiresColumn) {
            const QString date = token.expiresAt
                                     ? QLocale().toString(token.expiresAt->toLocalTime().date(),
                                                          QLocale::ShortFormat)
                                     : QString();
            switch (expiryState(token)) {
            case ExpiryState::Never:
                return tr("No expiration");
            case ExpiryState::Expired:
                return tr("Expired %1 (%2)").arg(TimeFormat::relative(*token.expiresAt, m_clock()), date);
            default:
                return tr("%1 (%2)").arg(TimeFormat::relative(*token.expiresAt, m_clock()), date);
            }
        }
        break;
    case Qt::ToolTipRole:
        if (column == CreatedColumn)
            return tr("Created %1").arg(TimeFormat::exact(token.created));
        if (column == ExpiresColumn) {
            switch (expiryState(token)) {
            case ExpiryState::Never:
                return tr("This token never expires. Anyone who obtains it can use it until it "
                          "is revoked.");
            case ExpiryState::Expired:
                return tr("Expired %1").arg(TimeFormat::exact(*token.expiresAt));
            case ExpiryState::Soon:
                return tr("Expires soon: %1").arg(TimeFormat::exact(*token.expiresAt));
            case ExpiryState::Fine:
                return tr("Expires %1").arg(TimeFormat::exact(*token.expiresAt));
            }
        }
        if (column == DescriptionColumn)
            return token.description;
        break;
    case Qt::ForegroundRole:
        if (column == ExpiresColumn) {
            switch (expiryState(token)) {
            case ExpiryState::Expired:
                return QBrush(Red);
            case ExpiryState::Soon:
            case ExpiryState::Never:
                return QBrush(Amber);
            case ExpiryState::Fine:
                break;
            }
        }
        break;
    case Qt::DecorationRole:
        if (column == ExpiresColumn) {
            switch (expiryState(token)) {
            case ExpiryState::Expired:
                return QIcon(QStringLiteral(":/icons/expired.svg"));
            case ExpiryState::Soon:
            case ExpiryState::Never:
                return QIcon(QStringLiteral(":/icons/warning.svg"));
            case ExpiryState::Fine:
                break;
            }
        }
        break;
    case SortRole:
        if (column == DescriptionColumn)
            return token.description.toLower();
        if (column == CreatedColumn)
            return token.created.toSecsSinceEpoch();
        if (column == ExpiresColumn)
            return token.expiresAt ? token.expiresAt->toSecsSinceEpoch()
                                   : std::numeric_limits<qint64>::max();
        break;
    case IdRole:
        return token.id;
    case ExpiryStateRole:
        return QVariant::fromValue(expiryState(token));
    default:
        break;
    }
    return {};
}

QVariant AccessTokenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DescriptionColumn:
        return tr("Description");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    default:
        return {};
    }
}

bool AccessTokenModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasNextPage && !m_loading;
}

void AccessTokenModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestPage(m_endCursor);
}

void AccessTokenModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_tokens.clear();
    m_hasNextPage = false;
    m_endCursor.clear();
    m_totalCount = 0;
    endResetModel();
    setLoading(false);
    Q_EMIT totalCountChanged(0);
}

void AccessTokenModel::reload()
{
    clear();
    requestPage({});
}

void AccessTokenModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void AccessTokenModel::requestPage(const QString &after)
{
    setLoading(true);
    const quint64 generation = m_generation;
    m_api->accessTokens(m_pageSize, after, this, [this, generation](const ApiResult<AccessTokenPage> &result) {
        if (generation != m_generation)
            return;
        if (result.error) {
            setLoading(false);
            qCWarning(lcModels) << "token page failed:" << result.error.message;
            Q_EMIT loadFailed(result.error.message);
            return;
        }
        // The paging state is updated before the rows appear, and the model stays "loading"
        // until they have: a fetchMore() from a rowsInserted handler must not ask again.
        const AccessTokenPage &page = *result.value;
        m_hasNextPage = page.hasNextPage;
        m_endCursor = page.endCursor;
        const bool countChanged = m_totalCount != page.totalCount;
        m_totalCount = page.totalCount;
        if (!page.tokens.isEmpty()) {
            const int first = int(m_tokens.size());
            beginInsertRows({}, first, first + int(page.tokens.size()) - 1);
            m_tokens.append(page.tokens);
            endInsertRows();
        }
        setLoading(false);
        if (countChanged)
            Q_EMIT totalCountChanged(m_totalCount);
    });
}

#include "TenantListModel.h"

#include "PlainText.h"

TenantListModel::TenantListModel(QObject *parent)
    : QAbstractListModel(parent) {}

int TenantListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant TenantListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantProfile &profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.displayName;
    case Qt::ToolTipRole:
        return PlainText::toRichText(profile.issuer.toString());
    case ProfileRole:
        return QVariant::fromValue(profile);
    case CredentialKeyRole:
        return profile.credentialKey();
    case IsCurrentRole:
        return index.row() == m_current;
    default:
        return {};
    }
}

int TenantListModel::indexOf(const TenantProfile &profile) const {
    const QString key = profile.credentialKey();
    for (int row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).credentialKey() == key)
            return row;
    }
    return -1;
}

void TenantListModel::setProfiles(const QList<TenantProfile> &profiles, int current) {
    const TenantProfile before = this->current();
    beginResetModel();
    m_profiles = profiles;
    const int kept = m_current >= 0 ? indexOf(before) : -1;
    m_current = kept >= 0 ? kept : (current >= 0 && current < profiles.size() ? current : -1);
    endResetModel();
    Q_EMIT currentChanged(m_current);
}

int TenantListModel::upsert(const TenantProfile &profile) {
    int row = indexOf(profile);
    if (row < 0) {
        row = int(m_profiles.size());
        beginInsertRows({}, row, row);
        m_profiles.append(profile);
        endInsertRows();
    } else {
        m_profiles[row] = profile;
        Q_EMIT dataChanged(index(row), index(row));
        if (row == m_current)
            Q_EMIT currentChanged(m_current);
    }
    return row;
}

void TenantListModel::setCurrentIndex(int row) {
    if (row < -1 || row >= m_profiles.size())
        return;
    const int before = m_current;
    m_current = row;
    if (before >= 0 && before < m_profiles.size())
        Q_EMIT dataChanged(index(before), index(before), {IsCurrentRole});
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {IsCurrentRole});
    Q_EMIT currentChanged(row);
}

// Compiled here rather than in the library's mocs_compilation.cpp, so that the first window's
// program (src/app) links this class alone.
#include "moc_TenantListModel.cpp"

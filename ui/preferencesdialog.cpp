// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "languages.h"
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Crossread {

PreferencesDialog::PreferencesDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
    , m_fontFamily(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_reviewer(new QLineEdit(this))
    , m_pageSize(new QComboBox(this))
    , m_greyscale(new QCheckBox(tr("Print-friendly &greyscale instead of colour"), this))
    , m_sections(new QListWidget(this))
    , m_neverUseNetwork(new QCheckBox(tr("&Never use the network"), this))
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));

    // Size 0 is stored for "the desktop's size"; the spin box shows it as a word.
    m_fontSize->setRange(AppSettings::minFontSize - 1, AppSettings::maxFontSize);
    m_fontSize->setSpecialValueText(tr("Desktop default"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontFamily->setAccessibleName(tr("Font of the article panes"));
    m_fontSize->setAccessibleName(tr("Font size of the article panes"));
    for (const QString &name : availableThemeNames())
        m_theme->addItem(themeLabel(name), name);
    m_theme->setAccessibleName(tr("Colour theme"));
    m_language->addItem(tr("System"), QStringLiteral("system"));
    m_language->addItem(languageNativeName(QStringLiteral("en")), QStringLiteral("en"));
    for (const QString &code : languageCodes())
        m_language->addItem(languageNativeName(code), code);
    m_language->setAccessibleName(tr("Language of the user interface"));
    auto *languageNote = new QLabel(tr("A new language takes effect the next time Crossread starts."), this);
    languageNote->setWordWrap(true);
    m_language->setAccessibleDescription(languageNote->text());
    m_reviewer->setPlaceholderText(tr("Asked for when you first review a claim"));
    m_reviewer->setAccessibleName(tr("Reviewer name"));
    m_reviewer->setAccessibleDescription(tr("Recorded with the verdicts you give and printed on reports."));
    m_pageSize->addItem(tr("From the locale"), QStringLiteral("Auto"));
    m_pageSize->addItem(tr("A4"), QStringLiteral("A4"));
    m_pageSize->addItem(tr("US Letter"), QStringLiteral("Letter"));
    m_pageSize->setAccessibleName(tr("Page size of reports"));
    for (const QString &id : AppSettings::exportSectionIds()) {
        auto *item = new QListWidgetItem(AppSettings::exportSectionName(id), m_sections);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    }
    m_sections->setAccessibleName(tr("Sections of reports"));
    m_sections->setAccessibleDescription(tr("Checked sections are included when you export; press Space to check or uncheck."));
    m_sections->setMaximumHeight(m_sections->sizeHintForRow(0) * (m_sections->count() + 1));

    auto *reader = new QGroupBox(tr("Reader"), this);
    auto *readerForm = new QFormLayout(reader);
    readerForm->addRow(tr("&Font:"), m_fontFamily);
    readerForm->addRow(tr("Si&ze:"), m_fontSize);
    readerForm->addRow(tr("&Theme:"), m_theme);

    auto *general = new QGroupBox(tr("Language and review"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), m_language);
    generalForm->addRow(QString(), languageNote);
    generalForm->addRow(tr("&Reviewer name:"), m_reviewer);

    m_neverUseNetwork->setObjectName(QStringLiteral("neverUseNetwork"));
    m_neverUseNetwork->setToolTip(tr("File ▸ Open URL and dropped links are refused; files and sessions never use the network."));
    m_neverUseNetwork->setAccessibleDescription(m_neverUseNetwork->toolTip());
    auto *exporting = new QGroupBox(tr("Export defaults"), this);
    auto *exportForm = new QFormLayout(exporting);
    exportForm->addRow(tr("&Page size:"), m_pageSize);
    exportForm->addRow(QString(), m_greyscale);
    exportForm->addRow(tr("Sections to &include:"), m_sections);

    auto *network = new QGroupBox(tr("Network"), this);
    auto *networkLayout = new QVBoxLayout(network);
    networkLayout->addWidget(m_neverUseNetwork);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                             | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { display(AppSettings{}); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reader);
    layout->addWidget(general);
    layout->addWidget(exporting);
    layout->addWidget(network);
    layout->addWidget(buttons);

    display(settings);
}

void PreferencesDialog::display(const AppSettings &settings)
{
    m_fontFamily->setCurrentFont(settings.readerFont(QApplication::font()));
    m_desktopFamilyShown = settings.fontFamily.isEmpty();
    m_fontSize->setValue(settings.fontSize > 0 ? settings.fontSize : m_fontSize->minimum());
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.themeName)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_reviewer->setText(settings.reviewerName);
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(settings.exportPageSize)));
    m_greyscale->setChecked(settings.exportGreyscale);
    m_neverUseNetwork->setChecked(settings.neverUseNetwork);
    for (int row = 0; row < m_sections->count(); ++row) {
        QListWidgetItem *item = m_sections->item(row);
        item->setCheckState(settings.exportSections.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                  : Qt::Unchecked);
    }
}

AppSettings PreferencesDialog::settings() const
{
    AppSettings result = m_original;
    // The desktop's font stays "the desktop's font" (and follows it) unless another was picked.
    const QString family = m_fontFamily->currentFont().family();
    result.fontFamily = m_desktopFamilyShown && family == QApplication::font().family() ? QString() : family;
    result.fontSize = m_fontSize->value() < AppSettings::minFontSize ? 0 : m_fontSize->value();
    result.themeName = m_theme->currentData().toString();
    result.language = m_language->currentData().toString();
    result.reviewerName = m_reviewer->text().trimmed();
    result.exportPageSize = m_pageSize->currentData().toString();
    result.exportGreyscale = m_greyscale->isChecked();
    result.neverUseNetwork = m_neverUseNetwork->isChecked();
    result.exportSections.clear();
    for (int row = 0; row < m_sections->count(); ++row) {
        const QListWidgetItem *item = m_sections->item(row);
        if (item->checkState() == Qt::Checked)
            result.exportSections.append(item->data(Qt::UserRole).toString());
    }
    return result;
}

} // namespace Crossread

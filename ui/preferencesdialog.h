// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Crossread {

/// Edit ▸ Preferences: the reader's font, theme, language, reviewer name and the export
/// defaults. It edits a copy; the caller stores and applies settings() when it is accepted.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const AppSettings &settings, QWidget *parent = nullptr);

    /// The values as edited.
    [[nodiscard]] AppSettings settings() const;

private:
    void display(const AppSettings &settings);

    AppSettings m_original;
    QFontComboBox *m_fontFamily = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QComboBox *m_pageSize = nullptr;
    QCheckBox *m_greyscale = nullptr;
    QListWidget *m_sections = nullptr;
    QCheckBox *m_neverUseNetwork = nullptr;
    bool m_desktopFamilyShown = true;   ///< the font shown is the desktop's, not a choice
};

} // namespace Crossread

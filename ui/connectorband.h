// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Crossread {

class ArticlePane;
class ReaderView;

/// The strip between two adjacent panes. For every passage both articles tell, a band joins
/// the two spans (coloured by status, fainter for weak matches, dashed outline below 0.5
/// confidence); passages only one side tells get an "only here" tab on that side.
class ConnectorBand : public QWidget {
    Q_OBJECT
public:
    ConnectorBand(ReaderView *reader, ArticlePane *left, ArticlePane *right, QWidget *parent);

    [[nodiscard]] ArticlePane *left() const { return m_left; }
    [[nodiscard]] ArticlePane *right() const { return m_right; }

    /// One drawn connection, in band coordinates; what paintEvent draws and tests inspect.
    struct Link {
        int passage = -1;
        double leftTop = 0, leftBottom = 0;
        double rightTop = 0, rightBottom = 0;
        double confidence = 1;
        bool identical = false;
    };
    /// One "only here" tab: a passage one side tells and the other does not.
    struct Tab {
        int passage = -1;
        bool onLeft = true;
        double top = 0, bottom = 0;
        bool unique = false;   ///< no other article at all tells it
    };
    [[nodiscard]] QList<Link> links() const;
    [[nodiscard]] QList<Tab> tabs() const;

    static constexpr int bandWidth = 44;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    double offsetOf(const ArticlePane *pane) const;

    ReaderView *m_reader = nullptr;
    ArticlePane *m_left = nullptr;
    ArticlePane *m_right = nullptr;
};

} // namespace Crossread

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace Crossread {

class ArticlePane;
class ReaderView;

/// The strip between two adjacent panes. For every passage both articles tell, a band joins
/// the two spans: coloured by status and, so colour is never the only signal, hatched when
/// reworded and plain when identical; fainter for weak matches, with a dashed outline below
/// 0.5 confidence. Passages only one side tells get an "only here" tab on that side. The
/// accessible description sums it all up in words (updateDescription()).
class ConnectorBand : public QWidget {
    Q_OBJECT
public:
    ConnectorBand(ReaderView *reader, ArticlePane *left, ArticlePane *right, QWidget *parent);

    [[nodiscard]] ArticlePane *left() const { return m_left; }
    [[nodiscard]] ArticlePane *right() const { return m_right; }

    /// One drawn connection, in band coordinates; what paintEvent draws and tests inspect.
    /// links() returns those with some part inside the band.
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

    /// How a link is drawn besides its colour: reworded ribbons are hatched, weak matches
    /// (confidence below 0.5) have a dashed outline; the two combine.
    [[nodiscard]] static Qt::BrushStyle pattern(const Link &link);
    [[nodiscard]] static Qt::PenStyle outline(const Link &link);

    /// What the band shows over the whole story, not only the part in view.
    struct Summary {
        int identical = 0;
        int reworded = 0;
        int onlyLeft = 0;    ///< passages the left article tells and the right one does not
        int onlyRight = 0;
        [[nodiscard]] int shared() const { return identical + reworded; }
        friend bool operator==(const Summary &, const Summary &) = default;
    };
    [[nodiscard]] Summary summary() const;
    /// The summary in words, e.g. "Between A and B: 12 passages in both (7 identical,
    /// 5 reworded); 3 only in A; 2 only in B."
    [[nodiscard]] QString summaryText() const;
    /// Sets the accessible description to summaryText(); the reader calls it when the
    /// analysis or the neighbours change.
    void updateDescription();

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

// SPDX-License-Identifier: GPL-3.0-or-later
// Boilerplate classification: one row per kind of furniture, and one per trap that must stay
// article text.
#include "import/boilerplate.h"

#include <QTest>

#include <algorithm>

using namespace Crossread;

Q_DECLARE_METATYPE(Crossread::BoilerplateKind)

namespace {

const QStringList prose = {
    QStringLiteral("The Marston ferry will resume sailing on March 18 after a winter refit, the council said."),
    QStringLiteral("Inspectors found corrosion in two of the vessel's four ballast tanks in November."),
    QStringLiteral("Fares will rise by 5% to \u00A33.15 for a single crossing, while season tickets stay the same."),
    QStringLiteral("The harbourmaster said the first sailing would leave Holt at 7.10 on the Monday morning."),
    QStringLiteral("A second vessel is due to be ordered next year if the council's budget allows it."),
    QStringLiteral("The crossing takes twenty minutes and carries about 400 passengers on a summer day."),
    QStringLiteral("Campaigners had asked for a replacement ferry since the last breakdown in 2019."),
};

enum class Position { Start, Middle, End };

/// An article of prose with `paragraph` placed at the start (after the headline), in the middle
/// or at the end; returns the index of the paragraph under test.
qsizetype buildArticle(const QString &paragraph, Position position, QString &text, QList<Paragraph> &paragraphs)
{
    QStringList blocks = prose;
    qsizetype index = 0;
    switch (position) {
    case Position::Start: index = 0; break;
    case Position::Middle: index = 3; break;
    case Position::End: index = blocks.size(); break;
    }
    blocks.insert(index, paragraph);
    blocks.prepend(QStringLiteral("Marston ferry to resume after repairs"));
    ++index;
    text.clear();
    paragraphs.clear();
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        if (i > 0)
            text.append(QStringLiteral("\n\n"));
        Paragraph p;
        p.span = {text.size(), text.size() + blocks.at(i).size()};
        p.heading = i == 0;
        text.append(blocks.at(i));
        paragraphs.append(p);
    }
    return index;
}

/// The kind given to `paragraph`; fails the test when any prose paragraph around it is marked.
BoilerplateKind classify(const QString &paragraph, Position position, const ParagraphHints &hint = {})
{
    QString text;
    QList<Paragraph> paragraphs;
    const qsizetype index = buildArticle(paragraph, position, text, paragraphs);
    QList<ParagraphHints> hints(paragraphs.size());
    hints[index] = hint;
    classifyBoilerplate(text, paragraphs, hints);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i != index && paragraphs.at(i).isBoilerplate())
            return BoilerplateKind(255);   // prints as an unexpected value in the failing row
    }
    return paragraphs.at(index).boilerplate;
}

Article storyArticle(const QString &outlet, const QStringList &blocks)
{
    Article article;
    article.meta.outlet = outlet;
    for (const QString &block : blocks) {
        if (!article.text.isEmpty())
            article.text.append(QStringLiteral("\n\n"));
        article.paragraphs.append(Paragraph{{article.text.size(), article.text.size() + block.size()}});
        article.text.append(block);
    }
    return article;
}

} // namespace

class TestBoilerplate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kinds_data();
    void kinds();
    void hints_data();
    void hints();
    void shortLineRuns();
    void headlineAndUserDecisionsKept();
    void alreadyMarkedKept();
    void repeatedAcrossOutlets();
    void furnitureBlocks();
    void syndicatedCopiesKeepTheirHeadings();
    void longInputBounded();
};

void TestBoilerplate::kinds_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<int>("position");
    QTest::addColumn<BoilerplateKind>("kind");

    const int middle = int(Position::Middle), end = int(Position::End), start = int(Position::Start);
    auto row = [](const char *name) { return &QTest::newRow(name); };

    // Furniture, one row per kind (and per common wording).
    *row("advertisement label") << QStringLiteral("Advertisement") << middle << BoilerplateKind::Advertisement;
    *row("skip ad") << QStringLiteral("Skip ad") << middle << BoilerplateKind::Advertisement;
    *row("story continues below advertisement") << QStringLiteral("Story continues below advertisement") << middle
                                                << BoilerplateKind::Advertisement;
    *row("newsletter box") << QStringLiteral("Sign up for our free morning newsletter to get the day's headlines delivered to your inbox.")
                           << middle << BoilerplateKind::SignUp;
    *row("enter your email") << QStringLiteral("Enter your email address") << middle << BoilerplateKind::SignUp;
    *row("subscribed confirmation") << QStringLiteral("You have successfully subscribed. Thank you!") << end << BoilerplateKind::SignUp;
    *row("activation link") << QStringLiteral("An email with an activation link has just been sent to your address; click it to confirm.")
                            << end << BoilerplateKind::SignUp;
    *row("comment form notice") << QStringLiteral("Your email address will not be published. Required fields are marked *")
                                << end << BoilerplateKind::SignUp;
    *row("comment form button") << QStringLiteral("Leave a Reply") << end << BoilerplateKind::SignUp;
    *row("share prompt") << QStringLiteral("Share this article") << middle << BoilerplateKind::Share;
    *row("follow us") << QStringLiteral("Follow us on Instagram for more coastal news.") << end << BoilerplateKind::Share;
    *row("cookie notice") << QStringLiteral("We use cookies to improve your experience on our site, to personalise content and ads, "
                                            "and to analyse our traffic. By continuing to use this site, you agree to our use of "
                                            "cookies. Manage your privacy settings at any time.")
                          << middle << BoilerplateKind::Notice;
    *row("affiliate disclosure") << QStringLiteral("We may earn a commission when you buy through links on our site.")
                                 << start << BoilerplateKind::Affiliate;
    *row("photo credit") << QStringLiteral("Photo: Mara Lind / Getty Images") << middle << BoilerplateKind::Caption;
    *row("AP photo caption") << QStringLiteral("The Kittiwake II in dry dock at Holt on Jan. 9, 2024. (AP Photo/Jon Ferris)")
                             << middle << BoilerplateKind::Caption;
    *row("image credit") << QStringLiteral("Image credit: Marston County Council") << middle << BoilerplateKind::Caption;
    *row("read more") << QStringLiteral("Read more: Holt harbour wall to be rebuilt next spring") << middle
                      << BoilerplateKind::RelatedLinks;
    *row("related label") << QStringLiteral("Related:") << middle << BoilerplateKind::RelatedLinks;
    *row("recommended label") << QStringLiteral("Recommended") << end << BoilerplateKind::RelatedLinks;
    *row("support our journalism") << QStringLiteral("Support our journalism. Donate today to keep local news free.")
                                   << end << BoilerplateKind::Promo;
    *row("listeners like you") << QStringLiteral("Calloway Bay Public Radio is supported by listeners like you. Become a member today.")
                               << end << BoilerplateKind::Promo;
    *row("subscribe to continue") << QStringLiteral("Subscribe to continue reading.") << middle << BoilerplateKind::Promo;
    *row("author bio") << QStringLiteral("Odile Franck-Mensah is a senior reporter at the Marston Courier covering transport.")
                       << end << BoilerplateKind::AuthorBio;
    *row("author covers beat") << QStringLiteral("Eleanor Vance-Reddick covers transportation for the Gazette. Reach her at 555-0134.")
                               << end << BoilerplateKind::AuthorBio;
    *row("contributed reporting") << QStringLiteral("Owen Tamsworth contributed reporting.") << end
                                  << BoilerplateKind::AuthorBio;
    *row("copyright footer") << QStringLiteral("\u00A9 2024 Marston Courier. All rights reserved.") << end
                             << BoilerplateKind::Copyright;
    *row("copyright word") << QStringLiteral("Copyright 2024 Coastline Wire") << end << BoilerplateKind::Copyright;
    *row("wire reuse notice") << QStringLiteral("This material may not be published, broadcast, rewritten or redistributed.")
                              << end << BoilerplateKind::Copyright;
    *row("skip to content") << QStringLiteral("Skip to main content") << start << BoilerplateKind::Navigation;
    *row("tag list") << QStringLiteral("Filed under: Ferries \u00B7 Marston \u00B7 Transport") << end
                     << BoilerplateKind::Navigation;

    // Traps: article text that mentions furniture words.
    *row("quote mentioning subscribe") << QStringLiteral("\u201CPeople will subscribe if the service works, and not before,\u201D Tenney said.")
                                       << middle << BoilerplateKind::None;
    *row("quote saying sign up for our newsletter") << QStringLiteral("\u201CSign up for our newsletter, they told us, as if that fixes a ferry,\u201D said one commuter.")
                                                    << end << BoilerplateKind::None;
    *row("report not published") << QStringLiteral("The inspectors' report will not be published until the council has read it in May.")
                                 << end << BoilerplateKind::None;
    *row("readers who subscribed") << QStringLiteral("Readers who have subscribed since 2019 will keep their old price, the publisher said.")
                                   << end << BoilerplateKind::None;
    *row("advertisement in a sentence") << QStringLiteral("The advertisement campaign cost the council \u00A32 million, officials said.")
                                        << middle << BoilerplateKind::None;
    *row("share as a verb") << QStringLiteral("The company will share the data with researchers at three universities.")
                            << middle << BoilerplateKind::None;
    *row("subscription revenue") << QStringLiteral("Under the agreement, the authority will receive 30 percent of the subscription revenue.")
                                 << end << BoilerplateKind::None;
    *row("long sentence about a newsletter")
        << QStringLiteral("Residents who want to follow the refit can sign up for the council's newsletter, which will publish "
                          "the inspectors' full report next week along with the costs of each repair and the new timetable.")
        << middle << BoilerplateKind::None;
    *row("read more about in a sentence") << QStringLiteral("Read more about the plan in the council's 40-page report, published on Friday.")
                                          << end << BoilerplateKind::None;
    *row("plan with unlimited access, at the start")
        << QStringLiteral("Lumenfold Analytics will charge $42,000 per month for its full City plan, which gives unlimited "
                          "access to the positions of eighty per cent of the fleet, updated every 1.5 seconds.")
        << start << BoilerplateKind::None;
    *row("subscription plans in the lede")
        << QStringLiteral("Readers can subscribe to the paper's new digital plan for $4 a month, the publisher said on "
                          "Monday, after two years of falling print sales across the county.")
        << start << BoilerplateKind::None;
    *row("reporter mentioned mid-story") << QStringLiteral("Tenney is a former reporter at the Courier who moved into technology.")
                                         << middle << BoilerplateKind::None;
    *row("cookies as food") << QStringLiteral("Volunteers handed out cookies to passengers on the last sailing.") << end
                            << BoilerplateKind::None;
    *row("copyright as a topic") << QStringLiteral("Copyright law was at the centre of the 2019 case.") << middle
                                 << BoilerplateKind::None;
    *row("photo editors") << QStringLiteral("Photo editors at the paper voted to strike.") << middle << BoilerplateKind::None;
    *row("video ad prompt") << QStringLiteral("The video will play after this ad") << middle << BoilerplateKind::Advertisement;
    *row("story continues after message") << QStringLiteral("Audio: the article continues after this message") << middle
                                          << BoilerplateKind::Advertisement;
    *row("ad slot label") << QStringLiteral("Sponsored ad: garden sheds from 199") << middle << BoilerplateKind::Advertisement;
    *row("ad as a word in prose") << QStringLiteral("Ad spending fell by a third, the agency said.") << middle
                                  << BoilerplateKind::None;
    *row("continue reading") << QStringLiteral("Continue reading the main story") << middle << BoilerplateKind::Navigation;
    *row("keep reading site") << QStringLiteral("Keep reading Coastline Wire") << end << BoilerplateKind::Navigation;
    *row("sign-up thank you") << QStringLiteral("Thank you for signing up!") << middle << BoilerplateKind::SignUp;
    *row("sign-up consent") << QStringLiteral("By clicking Subscribe, you agree to our terms and acknowledge our data policy.")
                            << middle << BoilerplateKind::SignUp;
    *row("credit with ellipsis") << QStringLiteral("The ferry at Holt on Monday.Credit...Jane Okafor for the Courier") << middle
                                 << BoilerplateKind::Caption;
    *row("donation amount button") << QStringLiteral("$5/month") << middle << BoilerplateKind::Promo;
    *row("contribute button") << QStringLiteral("Contribute") << end << BoilerplateKind::Promo;
    *row("short prose sentence") << QStringLiteral("It sank.") << middle << BoilerplateKind::None;
    *row("prose about reading on") << QStringLiteral("Continue reading the contract, the inspectors told the council, and "
                                                     "the reason for the delay becomes clear.")
                                   << middle << BoilerplateKind::None;
    *row("section heading-like line") << QStringLiteral("What the refit fixed") << middle << BoilerplateKind::None;
    // Conventions of news pages: list labels that name a section, agency captions, credits
    // glued to their caption, consent lines and link prompts.
    *row("most read in a section") << QStringLiteral("Most read in world news") << end << BoilerplateKind::RelatedLinks;
    *row("more in a section") << QStringLiteral("More in Harbour News") << middle << BoilerplateKind::RelatedLinks;
    *row("trending news label") << QStringLiteral("Trending News") << end << BoilerplateKind::RelatedLinks;
    *row("two list tabs") << QStringLiteral("Most Read Most Shared") << end << BoilerplateKind::RelatedLinks;
    *row("agency caption") << QStringLiteral("In this Jan. 9, 2024, file photo, made available by the harbour board, the Kittiwake II "
                                             "lies in dry dock at Holt.")
                           << middle << BoilerplateKind::Caption;
    *row("agency caption with file label") << QStringLiteral("FILE - In this photo, the Kittiwake II leaves Holt on its last crossing.")
                                           << middle << BoilerplateKind::Caption;
    *row("credit glued to caption") << QStringLiteral("The Kittiwake II in dry dock at Holt, where crews replaced both enginesCredit: Marston Courier")
                                    << middle << BoilerplateKind::Caption;
    *row("unsubscribe consent") << QStringLiteral("No spam, we promise. You can unsubscribe at any time.") << end << BoilerplateKind::SignUp;
    *row("revoke consent") << QStringLiteral("You may revoke this consent at any time with effect for the future.") << end
                           << BoilerplateKind::SignUp;
    *row("share with a friend") << QStringLiteral("Like this story? Share it with a friend!") << end << BoilerplateKind::Share;
    *row("click here prompt") << QStringLiteral("GET THE HARBOUR GAZETTE APP BY CLICKING HERE") << middle << BoilerplateKind::Navigation;
    *row("list label naming its items") << QStringLiteral("More Great Gazette Stories") << end << BoilerplateKind::RelatedLinks;
    *row("bracketed related link") << QStringLiteral("[Related: Harbour wall to be rebuilt next spring]") << middle
                                   << BoilerplateKind::RelatedLinks;
    *row("join the newsletter") << QStringLiteral("Want more deals? Join the Gazette Deals Newsletter.") << middle << BoilerplateKind::SignUp;
    *row("comment data notice") << QStringLiteral("This site uses a filter to reduce spam. Learn how your comment data is processed.")
                                << end << BoilerplateKind::SignUp;
    *row("notify me") << QStringLiteral("Notify me of follow-up comments by email.") << end << BoilerplateKind::SignUp;
    *row("share to a network") << QStringLiteral("Share to LinkedInLinkedInShare to FacebookFacebook") << start << BoilerplateKind::Share;
    // A sign-up box's answers and labels, a comment form's reminder, a privacy pointer, a
    // picture's copyright line and a gallery's counter.
    *row("subscribed answer") << QStringLiteral("You have been successfully subscribed!") << end << BoilerplateKind::SignUp;
    *row("subscription error") << QStringLiteral("There was an error processing your subscription.") << end << BoilerplateKind::SignUp;
    *row("opt-in reminder") << QStringLiteral("Please check the opt-in box to acknowledge that you would like to subscribe.") << end
                            << BoilerplateKind::SignUp;
    *row("stay up to date label") << QStringLiteral("Stay up to date with the Gazette.") << end << BoilerplateKind::SignUp;
    *row("community standards reminder") << QStringLiteral("Please be mindful of our community standards.") << end
                                         << BoilerplateKind::SignUp;
    *row("privacy policy pointer") << QStringLiteral("Further information on data privacy can be found in our Data Protection Policy.")
                                   << end << BoilerplateKind::Notice;
    *row("image copyright line") << QStringLiteral("Image copyright Marston Courier") << middle << BoilerplateKind::Caption;
    *row("gallery counter") << QStringLiteral("Image 2 of 5") << middle << BoilerplateKind::Caption;
    *row("newsletter on a schedule") << QStringLiteral("The news and stories that matter, delivered weekday mornings.") << end
                                     << BoilerplateKind::SignUp;
    *row("news meets the inbox") << QStringLiteral("Let our news meet your inbox.") << end << BoilerplateKind::SignUp;
    *row("comment moderation note") << QStringLiteral("Note: we are temporarily moderating all comments to deal with a surge in spam.")
                                    << end << BoilerplateKind::SignUp;
    *row("commenting guidelines") << QStringLiteral("When submitting content, please abide by our submission guidelines.") << end
                                  << BoilerplateKind::SignUp;
    *row("delivered daily in prose") << QStringLiteral("The parcels are delivered daily by the ferry, the harbour master said.")
                                     << middle << BoilerplateKind::None;
    *row("staying informed in prose") << QStringLiteral("Residents who want to stay up to date with the works can read the notices at "
                                                        "the town hall.")
                                      << middle << BoilerplateKind::None;
    *row("a count of images in prose") << QStringLiteral("Image 2 of 5 in the exhibition shows the harbour before the storm of 1953.")
                                       << middle << BoilerplateKind::None;
    *row("share of the sale") << QStringLiteral("If you buy something through this post, the Gazette may get a share of the sale.")
                              << end << BoilerplateKind::Affiliate;
    *row("stories as a subject") << QStringLiteral("Other stories of the storm came from the islands, where boats were lost.") << middle
                                 << BoilerplateKind::None;
    *row("coverage label") << QStringLiteral("Best local news coverage") << middle << BoilerplateKind::RelatedLinks;
    *row("author bio with a handle") << QStringLiteral("Mara Lind (@maralind) is a contributor at the Gazette and hosts its weekly podcast.")
                                     << end << BoilerplateKind::AuthorBio;
    *row("caption placing people") << QStringLiteral("Harbour master Ines Calder, left, and skipper Tom Reyes, right, inspect the new engines at "
                                                     "Holt on Monday, March 11, 2024.")
                                   << middle << BoilerplateKind::Caption;
    *row("caption with background") << QStringLiteral("A ferry leaves Holt with the lighthouse (background) on March 11, 2024.") << middle
                                    << BoilerplateKind::Caption;
    *row("left and right in prose") << QStringLiteral("Councillors on the left and the right agreed on one thing: the ferry must run.")
                                    << middle << BoilerplateKind::None;
    *row("list label over its headlines") << QStringLiteral("Most read in world news\nHarbour town votes to ban jet skis\n"
                                                            "Lighthouse keeper's diary found in attic")
                                          << end << BoilerplateKind::RelatedLinks;
    *row("in this case") << QStringLiteral("In this case, the inspectors said, the council had no choice but to pay.") << middle
                         << BoilerplateKind::None;
    *row("credit inside prose") << QStringLiteral("The harbour board's Credit Union lent the money in 2019, officials said.") << middle
                                << BoilerplateKind::None;
    *row("more in common") << QStringLiteral("The two towns have more in common than their rivalry suggests, the mayor said.") << middle
                           << BoilerplateKind::None;
    *row("quoted click here") << QStringLiteral("\u201CClick here to claim your refund,\u201D the fake message told passengers.") << middle
                              << BoilerplateKind::None;
}

void TestBoilerplate::kinds()
{
    QFETCH(QString, paragraph);
    QFETCH(int, position);
    QFETCH(BoilerplateKind, kind);
    QCOMPARE(classify(paragraph, Position(position)), kind);
}

void TestBoilerplate::hints_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::addColumn<double>("linkDensity");
    QTest::addColumn<bool>("inList");
    QTest::addColumn<int>("classScore");
    QTest::addColumn<bool>("caption");
    QTest::addColumn<BoilerplateKind>("kind");

    QTest::newRow("linked list item") << QStringLiteral("Holt harbour wall to be rebuilt next spring") << 1.0 << true << 0
                                      << false << BoilerplateKind::RelatedLinks;
    QTest::newRow("linked line") << QStringLiteral("Weather Traffic Sport Business") << 0.9 << false << 0 << false
                                 << BoilerplateKind::Navigation;
    QTest::newRow("figure caption") << QStringLiteral("The Kittiwake II leaves Holt on its last sailing before the refit.")
                                    << 0.0 << false << 0 << true << BoilerplateKind::Caption;
    QTest::newRow("promo class") << QStringLiteral("Get the app") << 0.0 << false << -3 << false << BoilerplateKind::Other;
    QTest::newRow("prose with one link") << QStringLiteral("The council published the inspectors' report on its website on Friday.")
                                         << 0.2 << false << 0 << false << BoilerplateKind::None;
    QTest::newRow("content class protects") << QStringLiteral("Read more") << 0.0 << false << 3 << false
                                            << BoilerplateKind::None;
    QTest::newRow("list item without links") << QStringLiteral("Basic plan: $100 a month") << 0.0 << true << 0 << false
                                             << BoilerplateKind::None;
}

void TestBoilerplate::hints()
{
    QFETCH(QString, paragraph);
    QFETCH(double, linkDensity);
    QFETCH(bool, inList);
    QFETCH(int, classScore);
    QFETCH(bool, caption);
    QFETCH(BoilerplateKind, kind);
    ParagraphHints hint;
    hint.linkDensity = linkDensity;
    hint.inList = inList;
    hint.classScore = classScore;
    hint.caption = caption;
    QCOMPARE(classify(paragraph, Position::Middle, hint), kind);
}

void TestBoilerplate::shortLineRuns()
{
    // A run of tiny lines near the end with furniture class hints is a menu; the same run of
    // price tiers (figures) in the middle is content.
    QString text = QStringLiteral("Ferry resumes\n\nThe ferry resumed on Monday after a long refit at Holt.\n\n"
                                  "Home\n\nWorld\n\nLocal\n\nSport");
    QList<Paragraph> paragraphs;
    QList<ParagraphHints> hints;
    qsizetype at = 0;
    for (QStringView block : QStringView(text).split(u"\n\n")) {
        paragraphs.append(Paragraph{{at, at + block.size()}});
        ParagraphHints hint;
        hint.classScore = paragraphs.size() > 2 ? -1 : 0;
        hints.append(hint);
        at += block.size() + 2;
    }
    paragraphs[0].heading = true;
    classifyBoilerplate(text, paragraphs, hints);
    QCOMPARE(paragraphs.at(1).boilerplate, BoilerplateKind::None);
    for (qsizetype i = 2; i < paragraphs.size(); ++i)
        QVERIFY2(paragraphs.at(i).isBoilerplate(), qPrintable(paragraphs.at(i).span.in(text).toString()));

    text = QStringLiteral("Prices\n\nLumenfold set three tiers on Monday.\n\nBasic $100\n\nCity $42K\n\nEnterprise $210K\n\n"
                          "The prices take effect in May.\n\nMore detail will follow.\n\nThe board meets again in June.");
    paragraphs.clear();
    at = 0;
    for (QStringView block : QStringView(text).split(u"\n\n")) {
        paragraphs.append(Paragraph{{at, at + block.size()}});
        at += block.size() + 2;
    }
    paragraphs[0].heading = true;
    classifyBoilerplate(text, paragraphs);
    for (const Paragraph &paragraph : paragraphs)
        QVERIFY2(!paragraph.isBoilerplate(), qPrintable(paragraph.span.in(text).toString()));
}

void TestBoilerplate::headlineAndUserDecisionsKept()
{
    const QString text = QStringLiteral("Advertisement\n\nAdvertisement\n\nBody text of the story.");
    QList<Paragraph> paragraphs = {Paragraph{{0, 13}}, Paragraph{{15, 28}}, Paragraph{{30, 53}}};
    paragraphs[0].heading = true;       // the headline, however odd
    paragraphs[1].userDecided = true;   // the reader said: article text
    classifyBoilerplate(text, paragraphs);
    QCOMPARE(paragraphs.at(0).boilerplate, BoilerplateKind::None);
    QCOMPARE(paragraphs.at(1).boilerplate, BoilerplateKind::None);
    QCOMPARE(paragraphs.at(2).boilerplate, BoilerplateKind::None);

    paragraphs[1].userDecided = true;
    paragraphs[1].boilerplate = BoilerplateKind::Other;   // the reader said: furniture
    const QList<Paragraph> before = paragraphs;
    classifyBoilerplate(text, paragraphs);
    QCOMPARE(paragraphs, before);
}

void TestBoilerplate::alreadyMarkedKept()
{
    const QString text = QStringLiteral("Headline\n\nBy Jane Doe\n\nAdvertisement");
    QList<Paragraph> paragraphs = {Paragraph{{0, 8}}, Paragraph{{10, 21}}, Paragraph{{23, 36}}};
    paragraphs[0].heading = true;
    paragraphs[1].boilerplate = BoilerplateKind::Byline;
    classifyBoilerplate(text, paragraphs);
    QCOMPARE(paragraphs.at(1).boilerplate, BoilerplateKind::Byline);
    QCOMPARE(paragraphs.at(2).boilerplate, BoilerplateKind::Advertisement);
}

void TestBoilerplate::repeatedAcrossOutlets()
{
    const QString furniture = QStringLiteral("Listen to this story");
    const QString sharedSentence = QStringLiteral("The ferry will resume sailing on March 18.");
    const QString sharedQuote = QStringLiteral("\u201CIt was long overdue\u201D");
    QList<Article> story = {
        storyArticle(QStringLiteral("Marston Courier"),
                     {furniture, sharedSentence, sharedQuote, QStringLiteral("Fares rise by 5%.")}),
        storyArticle(QStringLiteral("Coastline Wire"),
                     {QStringLiteral("LISTEN TO THIS STORY"), sharedSentence, sharedQuote, QStringLiteral("Fares will rise.")}),
        storyArticle(QStringLiteral("Marston Courier"), {QStringLiteral("Only in one outlet"), QStringLiteral("Body.")}),
        storyArticle(QStringLiteral("Marston Courier"), {QStringLiteral("Only in one outlet"), QStringLiteral("Other body.")}),
    };
    markRepeatedBoilerplate(story);
    QCOMPARE(story.at(0).paragraphs.at(0).boilerplate, BoilerplateKind::Other);
    QCOMPARE(story.at(1).paragraphs.at(0).boilerplate, BoilerplateKind::Other);
    for (int a = 0; a < 2; ++a) {
        QCOMPARE(story.at(a).paragraphs.at(1).boilerplate, BoilerplateKind::None);   // shared sentence
        QCOMPARE(story.at(a).paragraphs.at(2).boilerplate, BoilerplateKind::None);   // shared quote
    }
    // The same line in two articles of one outlet is that outlet's furniture or its own text;
    // repetition alone does not tell.
    QCOMPARE(story.at(2).paragraphs.at(0).boilerplate, BoilerplateKind::None);
    QCOMPARE(story.at(3).paragraphs.at(0).boilerplate, BoilerplateKind::None);
}

/// Paragraphs from blocks, the first a heading; classified as plain text (no page hints).
QList<Paragraph> classifiedBlocks(const QStringList &blocks, QString &text)
{
    text.clear();
    QList<Paragraph> paragraphs;
    for (const QString &block : blocks) {
        if (!text.isEmpty())
            text.append(QStringLiteral("\n\n"));
        paragraphs.append(Paragraph{{text.size(), text.size() + block.size()}});
        text.append(block);
    }
    paragraphs[0].heading = true;
    classifyBoilerplate(text, paragraphs);
    return paragraphs;
}

void TestBoilerplate::furnitureBlocks()
{
    // Text copied from a browser: a sign-up box, a donation box and a related-stories list sit
    // between the paragraphs. Each line of a block is furniture once one line settles it; a
    // subheading beside an ad marker and the prose around stay article text.
    const QStringList blocks = {
        QStringLiteral("Marston ferry to resume after repairs"),   // 0 headline
        prose.at(0),
        QStringLiteral("Sign up for the Marston Morning newsletter"),   // 2
        QStringLiteral("Email address"),                                // 3 field label
        QStringLiteral("Sign up"),                                      // 4 button
        prose.at(1),
        QStringLiteral("Advertisement"),                                // 6
        QStringLiteral("What the refit fixed"),                         // 7 subheading
        prose.at(2),
        QStringLiteral("Related stories"),                              // 9
        QStringLiteral("Harbour wall repairs to start in spring"),      // 10 listed headline
        QStringLiteral("Holt lifeboat crew honoured for winter rescue"),   // 11 listed headline
        prose.at(3),
        QStringLiteral("Support independent local journalism: give what you can."),   // 13
        QStringLiteral("$1"),                                           // 14
        QStringLiteral("$5/month"),                                     // 15
        QStringLiteral("Give now"),                                     // 16
        prose.at(4),
    };
    QString text;
    const QList<Paragraph> paragraphs = classifiedBlocks(blocks, text);
    const QList<qsizetype> furniture = {2, 3, 4, 6, 9, 10, 11, 13, 14, 15, 16};
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        QVERIFY2(paragraphs.at(i).isBoilerplate() == furniture.contains(i),
                 qPrintable(QStringLiteral("%1: %2").arg(i).arg(blocks.at(i))));
    }
    QCOMPARE(paragraphs.at(3).boilerplate, BoilerplateKind::SignUp);
    QCOMPARE(paragraphs.at(11).boilerplate, BoilerplateKind::RelatedLinks);
    QCOMPARE(paragraphs.at(14).boilerplate, BoilerplateKind::Promo);
}

void TestBoilerplate::syndicatedCopiesKeepTheirHeadings()
{
    // Two outlets run the same wire copy: its subheading near the top is shared copy, not
    // furniture, though it is short, unpunctuated and in both. A third, independent outlet
    // repeating a furniture line with one of them still makes that line furniture.
    const QString subheading = QStringLiteral("A winter of repairs");
    const QString furniture = QStringLiteral("Listen to this story");
    const QStringList wire = {subheading, prose.at(0), prose.at(1), prose.at(2), furniture};
    QList<Article> story = {
        storyArticle(QStringLiteral("Marston Courier"), wire),
        storyArticle(QStringLiteral("Holt Evening Post"), wire),
        storyArticle(QStringLiteral("Coastline Wire"), {QStringLiteral("Ferry back on Monday"), prose.at(5), furniture}),
    };
    markRepeatedBoilerplate(story);
    QCOMPARE(story.at(0).paragraphs.at(0).boilerplate, BoilerplateKind::None);
    QCOMPARE(story.at(1).paragraphs.at(0).boilerplate, BoilerplateKind::None);
    QCOMPARE(story.at(0).paragraphs.at(4).boilerplate, BoilerplateKind::Other);
    QCOMPARE(story.at(2).paragraphs.at(2).boilerplate, BoilerplateKind::Other);

    // Without the independent third outlet, nothing in the two copies is furniture.
    story.removeLast();
    for (Article &article : story) {
        for (Paragraph &paragraph : article.paragraphs)
            paragraph.boilerplate = BoilerplateKind::None;
    }
    markRepeatedBoilerplate(story);
    for (const Article &article : std::as_const(story)) {
        for (const Paragraph &paragraph : article.paragraphs)
            QCOMPARE(paragraph.boilerplate, BoilerplateKind::None);
    }
}

void TestBoilerplate::longInputBounded()
{
    // 1 MB on one line, and 20,000 tiny paragraphs: finishes, no pattern work on the giant line.
    QString text(1024 * 1024, u'a');
    QList<Paragraph> paragraphs = {Paragraph{{0, text.size()}}};
    classifyBoilerplate(text, paragraphs);
    QCOMPARE(paragraphs.at(0).boilerplate, BoilerplateKind::None);

    text.clear();
    paragraphs.clear();
    for (int i = 0; i < 20000; ++i) {
        if (i > 0)
            text.append(QStringLiteral("\n\n"));
        paragraphs.append(Paragraph{{text.size(), text.size() + 5}});
        text.append(QStringLiteral("Share"));
    }
    classifyBoilerplate(text, paragraphs);
    QCOMPARE(paragraphs.at(5).boilerplate, BoilerplateKind::Share);

    // A live blog of 20,000 titled entries: the teaser-list scan judges the run once, not once
    // per entry, and leaves it (it is the page).
    text.clear();
    paragraphs.clear();
    const QStringList entry{QStringLiteral("12 min ago"), QStringLiteral("Port closed"),
                            QStringLiteral("The harbour master has closed the port until noon as the storm reaches the coast.")};
    for (int i = 0; i < 20000; ++i) {
        for (const QString &line : entry) {
            if (!text.isEmpty())
                text.append(QStringLiteral("\n\n"));
            paragraphs.append(Paragraph{{text.size(), text.size() + line.size()}});
            text.append(line);
        }
    }
    markTeaserLists(text, paragraphs);
    QVERIFY(std::none_of(paragraphs.cbegin(), paragraphs.cend(), [](const Paragraph &p) { return p.isBoilerplate(); }));
}

QTEST_GUILESS_MAIN(TestBoilerplate)
#include "tst_boilerplate.moc"

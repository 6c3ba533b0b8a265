// SPDX-License-Identifier: GPL-3.0-or-later
// Paragraph-level boilerplate detection. The signals follow the shallow text features that
// Kohlschütter, Fankhauser and Nejdl found sufficient for boilerplate removal ("Boilerplate
// Detection using Shallow Text Features", WSDM 2010: word counts, link density, position,
// neighbours), combined with the phrase patterns of newsroom furniture, as an additive score.
#include "import/boilerplate.h"

#include "core/segmentation.h"
#include "core/workpool.h"
#include "import/bylines.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <vector>

#include <algorithm>
#include <array>
#include <numeric>

namespace Crossread {
namespace {

/// Furniture is short; a pattern is not even looked for in longer paragraphs.
constexpr qsizetype maxPatternChars = 700;
/// Score at which a paragraph is furniture. A settling phrase alone (3) passes; a hinting
/// phrase (1.5) needs another signal such as shortness plus position, or a low link density.
constexpr double furnitureThreshold = 2.5;

/// Where a rule's phrase may stand, which decides when its (comparatively costly) regular
/// expression is run at all.
enum class Scope : quint8 {
    Whole,      ///< the whole paragraph ("Advertisement"): only short paragraphs are tried
    Start,      ///< the paragraph's start ("Read more: ..."): tried when the first word is a trigger
    Anywhere,   ///< anywhere ("... delivered to your inbox"): tried when any word is a trigger
};

struct PatternRule {
    BoilerplateKind kind;
    bool strong;
    Scope scope;
    const char *triggers;   ///< lowercase words, space-separated, one of which the phrase contains
    const char *pattern;
};

// Patterns run case-insensitively over the paragraph with whitespace simplified and curly
// apostrophes straightened. Anchored patterns (^...$) describe a whole paragraph.
constexpr std::array patternRules = {
    // Advertising
    PatternRule{BoilerplateKind::Advertisement, true, Scope::Whole, "",
                R"(^(advertisement|advertising|advert|ad|sponsored( content)?|paid (content|post|partner content)|promoted( content)?|skip (this )?(ad|advert|advertisement)|ad feedback|report (this )?ad)\W*$)"},
    PatternRule{BoilerplateKind::Advertisement, true, Scope::Anywhere, "continues",
                R"(\b(story|article) continues (below|after) (this |the )?(advertisement|advert|ad|message|break)\b)"},
    // An ad slot's label heading the line: "Advertisement: ...", "Video ad - ...".
    PatternRule{BoilerplateKind::Advertisement, true, Scope::Whole, "",
                R"(^((video|audio|sponsored) )?(ad|advert|advertisement)\s*[:|\x{2013}\x{2014}-])"},
    PatternRule{BoilerplateKind::Advertisement, true, Scope::Whole, "", R"(^(the )?(story|article) continues below\W*$)"},
    PatternRule{BoilerplateKind::Advertisement, true, Scope::Whole, "", R"(^scroll (down )?to continue( reading)?\W*$)"},
    // Video players' ad prompts, as copied with the text around them.
    PatternRule{BoilerplateKind::Advertisement, true, Scope::Anywhere, "video ad play plays resume",
                R"(\b(the )?(video|story|content) (will )?(play|plays|resume|resumes|continue|continues|starts?) (after|in|below)\b[^.!?]{0,30}\b(ad|advert|advertisement|seconds?)\b|\bskip (the )?ad\b)"},
    // "Continue reading the main story", "Keep reading <site>": the prompt under a teaser.
    PatternRule{BoilerplateKind::Navigation, true, Scope::Whole, "", R"(^(continue|keep) reading\b[^.!?]{0,60}$)"},
    // Newsletter and registration
    PatternRule{BoilerplateKind::SignUp, true, Scope::Anywhere, "newsletter newsletters",
                R"(\b(sign up|subscribe|register) (for|to) (our|the|this|a|my)\b[^.!?]{0,60}\bnewsletters?\b)"},
    PatternRule{BoilerplateKind::SignUp, true, Scope::Anywhere, "newsletter", R"(\b(get|receive|join) (our|the)\b[^.!?]{0,50}\bnewsletter\b)"},
    PatternRule{BoilerplateKind::SignUp, true, Scope::Anywhere, "newsletter enter", R"(\bnewsletter sign[- ]?up\b|\benter your e-?mail( address)?\b)"},
    PatternRule{BoilerplateKind::SignUp, true, Scope::Anywhere, "signing subscribing", R"(\bby (signing up|subscribing),? you agree\b)"},
    PatternRule{BoilerplateKind::SignUp, true, Scope::Anywhere, "inbox delivered",
                R"(\b(delivered|sent) (straight |directly )?to your inbox\b|\bnews meet your inbox\b|\bdelivered (every |each )?(weekday|weekday mornings|every morning|each morning|daily|weekly)\W*$)"},
    PatternRule{BoilerplateKind::SignUp, true, Scope::Whole, "",
                R"(^((sign up|register)( now| today| here| for free)?|(stay|keep) (up to date|updated|informed|in the know)( with [\w .'&-]{1,30})?)\W*$)"},
    // What a sign-up box says once it is used, and its consent line.
    PatternRule{BoilerplateKind::SignUp, true, Scope::Anywhere, "thank thanks signed subscribed subscribing subscription inbox opt",
                R"(\b(thanks?( you)? for (signing up|subscribing|registering)|you('re| are| have been) (now |all |successfully )?(signed up|subscribed)|check your inbox)\b|\b(problem|error) (subscribing you|processing your subscription)\b|\bcheck the opt-in box\b)"},
    PatternRule{BoilerplateKind::SignUp, true, Scope::Anywhere, "clicking submitting entering providing valid",
                R"(\bby (clicking|submitting|entering|providing)\b[^.!?]{0,80}\byou (agree|acknowledge|consent|accept)\b|\b(please )?(enter|provide) a valid e-?mail\b)"},
    PatternRule{BoilerplateKind::SignUp, true, Scope::Anywhere, "unsubscribe revoke withdraw",
                R"(\b(you can |you may )?unsubscribe (at any time|anytime)\b|\b(revoke|withdraw) (this|your) consent (at any time|anytime)\b)"},
    PatternRule{BoilerplateKind::SignUp, true, Scope::Anywhere, "have ve activation confirmation",
                R"(\byou('ve| have) (\w+ )?(signed up|subscribed|registered)\b|\b(an? )?(activation|confirmation) (link|e-?mail)\b[^.!?]{0,40}\b(sent|click)\b)"},
    // A comment form under the story: its notices, fields and button.
    PatternRule{BoilerplateKind::SignUp, true, Scope::Anywhere, "published required save processed notify mindful respectful abide moderating",
                R"(\byour e-?mail (address )?will not be published\b|\brequired fields are marked\b|\bsave my name,? e-?mail,? and website\b|\bcomment data is processed\b|^notify me (of|via|when|if)\b|^please be mindful of our community\b|\bplease (be respectful of other commenters|abide by our (submission|community|commenting) guidelines)\b|\b(we are|we're) (temporarily )?moderating (all )?comments\b)"},
    PatternRule{BoilerplateKind::SignUp, true, Scope::Whole, "", R"(^(leave|post|add|write|submit) (a |your )?(reply|comment|response)\W*$)"},
    PatternRule{BoilerplateKind::SignUp, false, Scope::Anywhere, "newsletter sign", R"(\bnewsletter\b|\bsign up\b)"},
    // Share and follow prompts
    PatternRule{BoilerplateKind::Share, true, Scope::Whole, "",
                R"(^(share|tweet|email|e-mail|print|copy link|save|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|messenger|comments?)( (this|it))?( (article|story|page|post|link))?( on [a-z]+)?\W*$)"},
    PatternRule{BoilerplateKind::Share, true, Scope::Start, "share", R"(^share (this|the) (article|story|page|post)\b|^share (to|on|via) (facebook|twitter|linkedin|e-?mail|whatsapp|pinterest|reddit)|^share( all)? sharing options\b)"},
    PatternRule{BoilerplateKind::Share, true, Scope::Anywhere, "follow", R"(\bfollow us on (twitter|x|facebook|instagram|linkedin|tiktok|threads|mastodon|youtube)\b)"},
    PatternRule{BoilerplateKind::Share, true, Scope::Anywhere, "follow like join share",
                R"(\b(like|follow) us on\b|\bjoin (us|the conversation) on\b|\bshare (it|this( story| article)?) with (a friend|your friends)\b)"},
    PatternRule{BoilerplateKind::Share, false, Scope::Anywhere, "follow share", R"(\bfollow (us|@\w+)\b|\bshare (this|your thoughts)\b)"},
    // Cookie, privacy and consent notices
    PatternRule{BoilerplateKind::Notice, true, Scope::Anywhere, "cookie cookies",
                R"(\b(we|this (web)?site|our (web)?site|this page) uses? cookies\b|\bcookie (policy|settings|preferences|notice|consent)\b)"},
    PatternRule{BoilerplateKind::Notice, true, Scope::Anywhere, "site website cookies",
                R"(\bby (continuing to (use|browse)|using) (this|our) (web)?site\b|\baccept (all )?cookies\b)"},
    PatternRule{BoilerplateKind::Notice, true, Scope::Anywhere, "privacy consent found",
                R"(\bmanage (your )?(privacy|consent|cookie)\b|\b(privacy|consent) (preferences|settings|choices)\b|\bcan be found in our (data protection|privacy) (policy|notice|statement|declaration)\b)"},
    PatternRule{BoilerplateKind::Notice, false, Scope::Anywhere, "privacy terms", R"(\bprivacy (policy|notice)\b|\bterms (of (use|service)|and conditions)\b)"},
    // Affiliate and sponsorship disclosures
    PatternRule{BoilerplateKind::Affiliate, true, Scope::Anywhere, "commission affiliate sale sales revenue",
                R"(\b(we|may) (may )?(earn|receive|get) (a )?(small )?(commission|share of (the )?(sales?|revenue)|affiliate)\b)"},
    PatternRule{BoilerplateKind::Affiliate, true, Scope::Anywhere, "affiliate links buy purchase",
                R"(\baffiliate (links?|commission|disclosure|partners?)\b|\bwhen you (buy|purchase|shop) (something )?through (our |the )?links\b|\bif you (buy|purchase) (something|anything) (through|from) (this|our|the|these|a link)\b)"},
    PatternRule{BoilerplateKind::Affiliate, true, Scope::Anywhere, "affiliate sponsored paid",
                R"(\b(this|the) (article|post|story|content) (contains|includes|was) (affiliate|sponsored|paid)\b)"},
    PatternRule{BoilerplateKind::Affiliate, false, Scope::Anywhere, "sponsored partnership", R"(\bsponsored by\b|\bin partnership with\b)"},
    // Image captions and credits
    PatternRule{BoilerplateKind::Caption, true, Scope::Start, "photo photos photograph photographs image images picture pictures illustration illustrations graphic graphics video videos pictured above top file",
                R"(^(photo|photograph|image|picture|illustration|graphic|video|pictured|above|top|file photo)( credit)?s?\s*(:|\||/|by\b|courtesy\b))"},
    PatternRule{BoilerplateKind::Caption, true, Scope::Anywhere, "ap reuters afp getty epa pa photo image courtesy",
                R"(\((ap|reuters|afp|getty|epa|pa|ap photo|file photo|photo|image|courtesy)\b[^()]{0,80}\)\W*$)"},
    PatternRule{BoilerplateKind::Caption, true, Scope::Anywhere, "getty shutterstock alamy ap reuters afp epa pa",
                R"(\b(getty images|shutterstock|alamy|ap photo|afp via getty|reuters/|epa-efe|pa wire|pa images)\b)"},
    // News agencies' caption style: "In this Dec. 12, 2006, file photo, made available by ...".
    PatternRule{BoilerplateKind::Caption, true, Scope::Start, "in file",
                R"(^(file\s*[-:\x{2013}\x{2014}]\s*)?in (this|these) ([\w.,'-]+ ){0,8}?(file |handout |undated )?(photo|photos|photograph|photographs|image|images|picture|pictures)\b)"},
    // Where the people in a picture stand: "Andreas Thurner, left, and Todd George, right, …",
    // "… opposite the settlement of Revava (background) on November 19".
    PatternRule{BoilerplateKind::Caption, true, Scope::Anywhere, "left right center centre background foreground",
                R"(, (left|right|center|centre|second from (left|right)|background|foreground),|\((left|right|center|centre|background|foreground|at (left|right))\))"},
    PatternRule{BoilerplateKind::Caption, true, Scope::Anywhere, "credit image photo picture file slide", R"(^(image|photo|picture) (credit|source|copyright)\b|\bcredit:\s|^(file )?photo\W*$|^(image|photo|picture|slide)s? \d{1,3} (of|/) \d{1,3}\W*$)"},
    PatternRule{BoilerplateKind::Caption, true, Scope::Anywhere, "credit credits", R"(\bcredits?(\.{2,3}|\x{2026})\s?\S)"},
    // Related-story lists
    PatternRule{BoilerplateKind::RelatedLinks, true, Scope::Start, "read also more related recommended see you most trending popular further don't top latest editors' what",
                R"(^[\[(]?(read more|read next|read also|also read|more on this( story)?|related( stories| articles| coverage| content| reading| links)?|recommended( for you| stories| reading)?|see also|you (may|might) also like|more (from|in) [a-z ]{1,30}|most (read|popular|viewed|shared)( (in|on) [a-z ]{1,30})?( most (read|popular|viewed|shared))?|trending( now| news| stories| articles)?|popular (now|stories|articles|posts)|further reading|don't miss|top stories|latest (news|stories)|more stories|editors' picks|what to read next)\b\s*(:|\W*$))"},
    // A list's label names what it lists: "More Great WIRED Stories", "Other news", "Popular videos".
    PatternRule{BoilerplateKind::RelatedLinks, true, Scope::Start, "more other related recommended popular latest top trending featured best great recent similar",
                R"(^(more|other|related|recommended|popular|latest|top|trending|featured|best|great|recent|similar)\b[\w' ]{0,30}\b(stories|articles|news|reads|posts|videos|headlines|coverage|links)\W*$)"},
    PatternRule{BoilerplateKind::RelatedLinks, false, Scope::Start, "read related recommended see", R"(^(read more|related|recommended|see also)\b)"},
    PatternRule{BoilerplateKind::Navigation, true, Scope::Start, "filed tag tags topic topics categories more posted section sections",
                R"(^(filed under|tags?|topics?|categories|more about|posted in|sections?)\s*:)"},
    // Donation and subscription promos
    PatternRule{BoilerplateKind::Promo, true, Scope::Anywhere, "journalism reporting newsroom",
                R"(\bsupport ((our|independent|local|quality|nonprofit|non-profit|trusted|fearless) ){1,3}(journalism|reporting|newsroom|news)\b)"},
    PatternRule{BoilerplateKind::Promo, true, Scope::Anywhere, "supported funded possible",
                R"(\b(is|are) (supported|funded|made possible) by (readers|listeners|viewers|members|people) like you\b)"},
    PatternRule{BoilerplateKind::Promo, true, Scope::Anywhere, "member supporter subscriber patron donation contribution donate",
                R"(\b(become a (member|supporter|subscriber|patron)|make a (donation|contribution)|donate (now|today)|already a (subscriber|member))\b)"},
    PatternRule{BoilerplateKind::Promo, true, Scope::Anywhere, "subscribe log sign unlimited month",
                R"(\b(subscribe|log in|sign in) to (continue|read|unlock|get unlimited)\b|\bunlimited digital access\b|\b(get|enjoy) unlimited access to (our|all)\b|\bfirst month (free|for)\b)"},
    PatternRule{BoilerplateKind::Promo, true, Scope::Whole, "", R"(^(subscribe|donate|contribute|give|support us)( now| today| here| once| monthly)?\W*$)"},
    // A donation box's buttons: an amount alone on its line ("$5", "$10/month").
    PatternRule{BoilerplateKind::Promo, false, Scope::Whole, "", R"(^[$\x{20AC}\x{00A3}]\s?\d{1,4}(\.\d\d)?(\s?(/|per|a|an|every)\s?(month|mo|year|yr|week))?\W*$|^support [\w.' -]{2,30}$)"},
    PatternRule{BoilerplateKind::Promo, false, Scope::Anywhere, "subscribe subscribed subscription subscriptions subscriber subscribers donate donation donations", R"(\bsubscri(be|ption|bers?)\b|\bdonat(e|ion)\b)"},
    // Author bios and credits
    PatternRule{BoilerplateKind::AuthorBio, true, Scope::Anywhere, "reporter writer correspondent editor journalist columnist contributor producer fellow intern",
                R"(^[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}( \([^()]{1,60}\))?,? (is|was) (a|an|the) ([\w-]+ ){0,4}(reporter|writer|correspondent|editor|journalist|columnist|contributor|producer|fellow|intern)\b)"},
    PatternRule{BoilerplateKind::AuthorBio, true, Scope::Anywhere, "contributed reporting edited compiled",
                R"(\bcontributed (additional )?(reporting|to this (report|story|article))\b|^(additional )?reporting by\b|^(edited|compiled) by\b)"},
    PatternRule{BoilerplateKind::AuthorBio, true, Scope::Anywhere, "covers writes reports",
                R"(^[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3} (covers|writes about|reports on) [^.]{1,80}\b(for|at) (the |[A-Z]))"},
    PatternRule{BoilerplateKind::AuthorBio, false, Scope::Anywhere, "reached reach mail email contact follow",
                R"(\b(can be reached|reach (her|him|them|me)) at\b|\b(e-?mail|contact) (her|him|them|the author) at\b|\bfollow (her|him|them) on\b)"},
    PatternRule{BoilerplateKind::AuthorBio, false, Scope::Start, "this",
                R"(^this (story|article|report|piece) (was|first|originally) (first |originally )?(published|broadcast|aired|appeared)\b)"},
    // Copyright footers
    PatternRule{BoilerplateKind::Copyright, true, Scope::Anywhere, "© c copyright reserved", R"(^(©|\(c\)|copyright)\s*(©\s*)?\d{4}\b|\ball rights reserved\b)"},
    PatternRule{BoilerplateKind::Copyright, true, Scope::Anywhere, "published reproduced broadcast rewritten redistributed",
                R"(\bmay not be (published|reproduced|broadcast|rewritten|redistributed)\b)"},
    // Navigation leftovers
    // A link's prompt: "Click here to support it", "Get the app by clicking here".
    PatternRule{BoilerplateKind::Navigation, true, Scope::Anywhere, "click clicking", R"(\bclick(ing)? here\b)"},
    PatternRule{BoilerplateKind::Navigation, true, Scope::Whole, "",
                R"(^(home|menu|search|skip to (main )?content|back to top|log ?in|sign in|register|close|open menu|next|previous|more|load more|show more|view comments)\W*$)"},
};

static_assert(patternRules.size() <= 64, "rule sets are 64-bit masks");
using RuleMask = quint64;

/// Paragraphs of more words than this are not tried against Scope::Whole rules.
constexpr int maxWholeRuleWords = 12;

/// The rules compiled once, with indexes from trigger words to the rules they enable. Running
/// every expression on every paragraph cost ~100 µs a paragraph (mostly per-call overhead);
/// with the triggers a prose paragraph runs one or two expressions, or none.
struct CompiledRules {
    QList<QRegularExpression> expressions;   ///< parallel to patternRules
    QHash<QString, RuleMask> anywhere;       ///< word -> Scope::Anywhere rules it triggers
    QHash<QString, RuleMask> start;          ///< first word -> Scope::Start rules it triggers
    RuleMask whole = 0;                      ///< all Scope::Whole rules
};

const CompiledRules &compiledRules()
{
    static const CompiledRules rules = [] {
        CompiledRules compiled;
        for (std::size_t r = 0; r < patternRules.size(); ++r) {
            const PatternRule &rule = patternRules[r];
            // The author-bio patterns recognise names by their capitals: they must see case.
            const bool caseSensitive = QByteArrayView(rule.pattern).startsWith("^[A-Z]");
            QRegularExpression expression(QString::fromUtf8(rule.pattern),
                                          caseSensitive ? QRegularExpression::NoPatternOption
                                                        : QRegularExpression::CaseInsensitiveOption);
            expression.optimize();
            Q_ASSERT(expression.isValid());
            compiled.expressions.append(std::move(expression));
            const RuleMask bit = RuleMask(1) << r;
            if (rule.scope == Scope::Whole) {
                compiled.whole |= bit;
                continue;
            }
            QHash<QString, RuleMask> &index = rule.scope == Scope::Start ? compiled.start : compiled.anywhere;
            for (const QString &word : QString::fromUtf8(rule.triggers).split(u' ', Qt::SkipEmptyParts))
                index[word] |= bit;
        }
        return compiled;
    }();
    return rules;
}

/// How long ago a comment or a teaser was posted: "3 hours ago", "32M ago", "5h ago".
constexpr QStringView agoStamp = uR"(\d+\s*(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdw])\s+ago\b)";

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

/// The rules worth running on a paragraph, from its words. Lowercasing goes word by word into
/// one reused buffer: simplifying and lowercasing whole prose paragraphs cost more than the
/// expressions they would feed.
RuleMask candidateRules(QStringView paragraph)
{
    const CompiledRules &rules = compiledRules();
    RuleMask mask = 0;
    int words = 0;
    QString key;
    const qsizetype n = paragraph.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = paragraph[i];
        qsizetype end = i + 1;
        if (isWordChar(c)) {
            while (end < n && (isWordChar(paragraph[end])
                               || (isApostrophe(paragraph[end]) && end + 1 < n && paragraph[end + 1].isLetter())))
                ++end;
            if (end < n && isApostrophe(paragraph[end]) && (paragraph[end - 1] == u's' || paragraph[end - 1] == u'S'))
                ++end;   // "editors'"
        } else if (c != u'\u00A9') {
            ++i;
            continue;
        }
        key.resize(end - i);
        for (qsizetype k = i; k < end; ++k) {
            const QChar w = paragraph[k];
            key[k - i] = isApostrophe(w) ? QChar(u'\'') : w.toLower();
        }
        if (words == 0)
            mask |= rules.start.value(key);
        mask |= rules.anywhere.value(key);
        ++words;
        i = end;
    }
    if (words <= maxWholeRuleWords)
        mask |= rules.whole;
    return mask;
}

/// Whitespace simplified, curly apostrophes straightened: what the patterns expect.
QString patternForm(QStringView paragraph)
{
    QString form = paragraph.toString().simplified();
    form.replace(u'\u2019', u'\'');
    return form;
}

bool endsLikeSentence(QStringView text)
{
    while (!text.isEmpty()) {
        const QChar c = text.back();
        if (c == u'"' || c == u'\'' || c == u'\u201D' || c == u'\u2019' || c == u'\u00BB' || c == u')')
            text.chop(1);
        else
            break;
    }
    if (text.isEmpty())
        return false;
    const QChar c = text.back();
    return c == u'.' || c == u'!' || c == u'?' || c == u'\u2026';
}

/// A figure in a line: a price tier, a score or a date, which furniture rarely carries.
bool hasDigit(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
}

bool hasQuotationMark(QStringView text)
{
    for (QChar c : text) {
        if (c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\u00AB' || c == u'\u00BB' || c == u'\u201E')
            return true;
    }
    return false;
}

/// A quotation with its attribution is reporting, whatever words it quotes.
bool isAttributedQuote(QStringView text)
{
    static const QRegularExpression attribution(
        QStringLiteral(R"(\b(said|says|told|asked|added|wrote|according to|explained|argued|insisted|recalled)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    return hasQuotationMark(text) && attribution.match(text).hasMatch();
}

struct Features {
    QString form;
    int words = 0;
    bool sentence = false;
    BoilerplatePattern pattern;
};

/// Furniture comes in blocks (Kohlschütter et al. weigh a block's neighbours for this reason):
/// a sign-up box is its prompt, the field's label, a button, a thank-you and a consent line; a
/// related-stories list is a label and headlines. Once one line of such a block is settled,
/// its neighbours that could only be parts of it follow: lines of at most a few words without
/// sentence punctuation (buttons, labels) beside a sign-up, consent or donation box, and after a
/// related-stories label, the headlines under it (lines without sentence punctuation) up to the
/// first line of prose. Ad markers, share bars and navigation do not spread: they sit between
/// the story's paragraphs, next to its subheadings, lists and embedded posts.
void extendFurnitureBlocks(const QString &text, QList<Paragraph> &paragraphs, const QList<Features> &features,
                           qsizetype headline)
{
    constexpr int buttonWords = 4;
    constexpr int listedHeadlineWords = 20;
    constexpr int maxListedHeadlines = 8;
    const auto spreads = [](BoilerplateKind kind) {
        switch (kind) {
        case BoilerplateKind::SignUp:
        case BoilerplateKind::Notice:
        case BoilerplateKind::Promo:
            return true;
        default:
            return false;
        }
    };
    const qsizetype n = paragraphs.size();
    const auto open = [&](qsizetype i) {
        const Paragraph &p = paragraphs.at(i);
        return i != headline && !p.isBoilerplate() && !p.userDecided && !features.at(i).sentence
            && !isAttributedQuote(p.span.in(text));
    };
    // Lines with figures are left out, as from the runs of tiny lines: price tiers are content.
    const auto button = [&](qsizetype i) {
        if (!open(i) || paragraphs.at(i).heading || features.at(i).words > buttonWords)
            return false;
        return !hasDigit(paragraphs.at(i).span.in(text));
    };
    // Buttons and labels, both ways from each settled line, as long as the run lasts.
    for (int pass = 0; pass < 2; ++pass) {
        const bool forward = pass == 0;
        for (qsizetype k = 0; k < n; ++k) {
            const qsizetype i = forward ? k : n - 1 - k;
            const qsizetype from = forward ? i - 1 : i + 1;
            if (from < 0 || from >= n || !spreads(paragraphs.at(from).boilerplate) || !button(i))
                continue;
            paragraphs[i].boilerplate = paragraphs.at(from).boilerplate;
        }
    }
    // The headlines listed under a related-stories label.
    for (qsizetype i = 0; i < n; ++i) {
        if (paragraphs.at(i).boilerplate != BoilerplateKind::RelatedLinks || features.at(i).words > buttonWords + 2)
            continue;
        for (qsizetype j = i + 1, listed = 0; j < n && listed < maxListedHeadlines; ++j, ++listed) {
            if (paragraphs.at(j).boilerplate == BoilerplateKind::RelatedLinks)
                continue;
            // A line that ends in a colon introduces what follows ("Here are the highlights:"):
            // the story's own text, where a listed headline never ends so.
            if (!open(j) || features.at(j).words > listedHeadlineWords || paragraphs.at(j).span.in(text).trimmed().endsWith(u':'))
                break;
            paragraphs[j].boilerplate = BoilerplateKind::RelatedLinks;
        }
    }
}

} // namespace

ParagraphRun mainTextRun(const QString &text, const QList<Paragraph> &paragraphs)
{
    // A paragraph ending in sentence punctuation is prose from five words ("The barrier needs
    // repairs, engineers said."); one without it from twenty.
    constexpr int shortSentenceWords = 5;
    constexpr int proseWords = 10;
    constexpr int knownFurnitureCost = 1;
    // A prose paragraph's words count up to this many: one very long paragraph of a comment or a
    // footer's legal text must not outweigh the story's many ordinary ones.
    constexpr int maxCountedWords = 120;
    // What a line that is not prose costs: about half an ordinary sentence, so that an ad
    // marker, a few related headlines or a subheading between the story's paragraphs do not
    // cut it, while a menu, a list of teasers or a footer of a dozen lines does.
    constexpr int lineCost = 8;
    const qsizetype n = paragraphs.size();
    // A line with a figure is no evidence either way: a list of tour dates or a table of
    // results belongs to the story, a footer's phone number does not.
    QList<qsizetype> values(n, -lineCost);
    QList<bool> neutral(n, false);
    for (qsizetype i = 0; i < n; ++i) {
        const Paragraph &paragraph = paragraphs.at(i);
        const QStringView view = paragraph.span.in(text).trimmed();
        if (paragraph.boilerplate == BoilerplateKind::Byline) {
            neutral[i] = true;   // a dateline or byline is the story's own
        } else if (paragraph.isBoilerplate()) {
            // Furniture a phrase already named (an ad marker, a sign-up box) sits inside
            // stories as often as around them: it costs little. The lines nothing explains
            // (menus, teasers, footers) are what tell the page's chrome from its story.
            values[i] = -knownFurnitureCost;
        } else {
            const int words = countWords(view);
            const bool sentence = endsLikeSentence(view);
            if (words >= shortSentenceWords && sentence)
                values[i] = std::min(words, maxCountedWords);
            else if (words >= 2 * proseWords)
                values[i] = std::min(words, maxCountedWords) / 2;   // prose that lost its full stop
            else if (sentence)
                values[i] = -lineCost / 2;   // a short sentence: "Now get started!"
            else
                neutral[i] = hasDigit(view);
        }
        if (neutral.at(i))
            values[i] = 0;
    }
    // A list of "label: value" lines with short values, three or more in a row ("England
    // (Group A): 10th appearance", "Holt pier: weekdays only"), is data like a line with a
    // figure: a story closes with such tables as often as with figures. Headlines with a colon
    // ("… review: the quietest crossing in years") run longer after it.
    {
        constexpr int minRows = 3;
        constexpr int maxLabelWords = 6;
        constexpr int maxValueWords = 4;
        const auto row = [&](qsizetype i) {
            const Paragraph &paragraph = paragraphs.at(i);
            const QStringView view = paragraph.span.in(text).trimmed();
            const qsizetype colon = view.indexOf(u": ");
            if (paragraph.isBoilerplate() || colon <= 0 || view.contains(u'\n') || endsLikeSentence(view))
                return false;
            const int label = countWords(view.first(colon));
            const int value = countWords(view.sliced(colon + 2));
            return label >= 1 && label <= maxLabelWords && value >= 1 && value <= maxValueWords;
        };
        for (qsizetype i = 0; i < n;) {
            qsizetype j = i;
            while (j < n && row(j))
                ++j;
            if (j - i >= minRows) {
                for (qsizetype k = i; k < j; ++k) {
                    neutral[k] = true;
                    values[k] = 0;
                }
            }
            i = std::max(j, i + 1);
        }
    }
    ParagraphRun best;
    qsizetype bestSum = 0;
    qsizetype sum = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype value = values.at(i);
        if (sum <= 0) {
            sum = 0;
            start = i;
        }
        sum += value;
        if (sum > bestSum) {
            bestSum = sum;
            best = {start, i};
        }
    }
    if (best.isEmpty())
        return best;
    // The list or table that closes a story (tour dates, results) follows its last paragraph
    // of prose: lines with figures, and a short heading right above one, stay with the story.
    const auto headsFigures = [&](qsizetype i) { return i + 1 < n && neutral.at(i + 1) && !paragraphs.at(i).isBoilerplate(); };
    while (best.last + 1 < n && (neutral.at(best.last + 1) || headsFigures(best.last + 1)))
        ++best.last;
    return best;
}

qsizetype commentThreadStart(const QString &text, const QList<Paragraph> &paragraphs)
{
    constexpr int maxHeaderWords = 14;
    constexpr int maxStampWords = 10;
    constexpr int minHeaders = 3;
    constexpr qsizetype maxGap = 16;     // paragraphs from one header to the next: a comment's length
    constexpr qsizetype cueLookBack = 8; // a "34 comments" line above the first header
    constexpr int maxCueWords = 24;      // "10 thoughts on “<the story's headline>”"
    constexpr int minProseWords = 40;    // the story's text before its comments
    static const QRegularExpression says(
        QStringLiteral(R"(^\S.{0,100}\b(says|said|wrote|writes|replied|commented)\s*:$)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression stamp(
        QStringLiteral(R"(\b\d{1,2}:\d{2}\s*([ap]\.?m\b\.?)?|\b)") + agoStamp.toString(),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression commentWord(QStringLiteral(R"(\b(comments?|responses?|replies|discussion|thoughts? on)\b)"),
                                                QRegularExpression::CaseInsensitiveOption);
    enum class Header : quint8 { None, Says, Stamp };
    const qsizetype n = paragraphs.size();
    // A paragraph's first line is its header when the comment's text follows without a blank line.
    const auto firstLine = [&](qsizetype i) {
        QStringView view = paragraphs.at(i).span.in(text).trimmed();
        const qsizetype end = view.indexOf(u'\n');
        return (end < 0 ? view : view.first(end)).trimmed();
    };
    QList<Header> headers(n, Header::None);
    QList<int> proseBefore(n + 1, 0);   // words of prose in the paragraphs before each
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView view = paragraphs.at(i).span.in(text).trimmed();
        const int words = countWords(view);
        proseBefore[i + 1] = proseBefore.at(i) + (words >= 5 && endsLikeSentence(view) ? words : 0);
        if (paragraphs.at(i).heading)
            continue;
        const QStringView line = firstLine(i);
        const int lineWords = countWords(line);
        if (lineWords > maxHeaderWords)
            continue;
        if (says.match(line).hasMatch())
            headers[i] = Header::Says;
        else if (lineWords <= maxStampWords && stamp.match(line).hasMatch())
            headers[i] = Header::Stamp;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (headers.at(i) == Header::None)
            continue;
        // The run of headers from i, each within maxGap of the last.
        int count = 0;
        bool saying = false;
        qsizetype last = i;
        for (qsizetype j = i; j < n && j - last <= maxGap; ++j) {
            if (headers.at(j) == Header::None)
                continue;
            ++count;
            saying = saying || headers.at(j) == Header::Says;
            last = j;
        }
        qsizetype start = i;
        // The thread's heading: "34 responses to ...", "Top Rated Comments", "[ 167 comments ]".
        for (qsizetype k = i - 1; k >= 0 && i - k <= cueLookBack; --k) {
            const QStringView line = paragraphs.at(k).span.in(text).trimmed();
            if (countWords(line) <= maxCueWords && !endsLikeSentence(line) && commentWord.match(line).hasMatch()) {
                start = k;
                break;
            }
        }
        const bool cued = saying || start < i;
        // A heading that counts the comments ("2 comments", "1 response") right above the first
        // header settles a thread of one or two.
        const bool counted = start < i && i - start <= 2 && hasDigit(paragraphs.at(start).span.in(text));
        if ((count < minHeaders && !counted) || !cued) {
            i = last;   // the headers of this run cannot start a thread either
            continue;
        }
        if (start == i && i > 0 && headers.at(i) == Header::Stamp) {
            const QStringView handle = paragraphs.at(i - 1).span.in(text).trimmed();
            if (countWords(handle) <= maxStampWords && !endsLikeSentence(handle))
                start = i - 1;   // the commenter's name above the time stamp
        }
        if (proseBefore.at(start) < minProseWords)
            return -1;   // comments before any story: not a page this reads
        return start;
    }
    return -1;
}

namespace {

/// Whether a paragraph is an excerpt cut off mid-sentence, as teasers end: "… the government
/// will restore Internet connection in Kashmir as soon as the local administration feels it
/// is..." (an ellipsis right after a word, eight words or more before it).
bool isCutExcerpt(QStringView line)
{
    constexpr int minWords = 8;
    qsizetype end = line.size();
    if (line.endsWith(u"..."))
        end -= 3;
    else if (line.endsWith(u'\u2026'))
        end -= 1;
    else
        return false;
    return end > 0 && (line[end - 1].isLetterOrNumber() || line[end - 1] == u',') && countWords(line.first(end)) >= minWords;
}

/// Whether a line is a teaser's title glued to its text, as a browser copies a headline link and
/// the summary under it without a break: "Customers Leave Without Paying $690 BillA party of six
/// left…", "Is Violence In Sports On The Rise?Violence is part of…". The title before the seam is
/// three or more words, most of them capitalised (headline case); the seam is a lower-case letter,
/// a digit or a question or exclamation mark right before a capital, with no space; prose of
/// three or more words, most of them lower-case, follows it. Brand names ("iPhone", "YouTube")
/// have a seam too, but not a headline in front of it and a summary after it.
bool isGluedTeaser(QStringView line)
{
    constexpr int minTitleWords = 3;
    constexpr int minTextWords = 3;
    for (qsizetype k = 1; k < line.size(); ++k) {
        const QChar before = line[k - 1];
        if (!line[k].isUpper() || !(before.isLower() || before.isDigit() || before == u'?' || before == u'!'))
            continue;
        const QStringView title = line.first(k);
        const QStringView rest = line.sliced(k);
        const QList<QStringView> words = title.split(u' ', Qt::SkipEmptyParts);
        const QList<QStringView> textWords = rest.split(u' ', Qt::SkipEmptyParts);
        if (words.size() < minTitleWords || textWords.size() < minTextWords)
            continue;
        const auto capitalised = [](QStringView w) {
            return !w.isEmpty() && (w.front().isUpper() || w.front().isDigit() || !w.front().isLetter());
        };
        // The word the seam splits is the title's last: "Student-AthleteA" ends "Student-Athlete";
        // it is a word of its own, not the "i" of "iPhone".
        const QStringView last = words.constLast();
        const bool titleCase = std::count_if(words.cbegin(), words.cend(), capitalised) * 10 >= qsizetype(words.size()) * 7
            && last.size() >= 2 && capitalised(last);
        // The summary is prose: most of its words are lower-case ("A 24-year-old woman and a
        // man have been arrested…"), where a headline's next words ("Phone With Better Camera")
        // are not.
        const bool prose = std::count_if(textWords.cbegin(), textWords.cend(), capitalised) * 2 < qsizetype(textWords.size());
        if (titleCase && prose)
            return true;
    }
    return false;
}

/// Teasers whose parts come in another order than title, header, summary: "title / date /
/// section / summary" or "title / summary / 32M ago". The lines between one header and the next
/// repeat one shape of prose and other lines, a short summary among them and a line that is not
/// prose (a title or a section); the first record's lines above its header and the last one's
/// below follow the same shape. The summaries are short, and the list is shorter than the story
/// beside it: a live blog's entries also come under time stamps, but they run longer and vary,
/// or they are most of the page.
template<typename Mark>
void markPeriodicRecords(const QString &text, const QList<Paragraph> &paragraphs, const QList<bool> &header,
                         const QList<bool> &prose, const Mark &mark)
{
    constexpr qsizetype maxPeriod = 5;
    constexpr int minRecords = 3;
    constexpr int maxLineWords = 40;
    const qsizetype n = paragraphs.size();
    const auto fits = [&](qsizetype k, bool shape) {
        return k >= 0 && k < n && !header.at(k) && prose.at(k) == shape && !paragraphs.at(k).heading
            && !paragraphs.at(k).userDecided && countWords(paragraphs.at(k).span.in(text)) <= maxLineWords;
    };
    // Words of prose before each paragraph, for the list's share of the page's prose.
    QList<qsizetype> proseBefore(n + 1, 0);
    for (qsizetype k = 0; k < n; ++k) {
        const bool counted = prose.at(k) && !paragraphs.at(k).isBoilerplate();
        proseBefore[k + 1] = proseBefore.at(k) + (counted ? countWords(paragraphs.at(k).span.in(text)) : 0);
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (!header.at(i) || paragraphs.at(i).isBoilerplate())
            continue;
        qsizetype period = 2;
        while (period <= maxPeriod && i + period < n && !header.at(i + period))
            ++period;
        if (period > maxPeriod || i + period >= n)
            continue;
        QList<bool> shape;
        for (qsizetype k = i + 1; k < i + period; ++k)
            shape.append(prose.at(k));
        if (!shape.contains(true) || !shape.contains(false))
            continue;
        const auto gapFits = [&](qsizetype h) {
            for (qsizetype k = 1; k < period; ++k) {
                if (!fits(h + k, shape.at(k - 1)))
                    return false;
            }
            return true;
        };
        qsizetype last = i;
        int records = 1;
        while (last + period < n && header.at(last + period) && gapFits(last)) {
            last += period;
            ++records;
        }
        if (records < minRecords)
            continue;
        qsizetype from = i;
        for (qsizetype k = period - 2; k >= 0 && fits(from - 1, shape.at(k)); --k)
            --from;
        qsizetype to = last;
        for (qsizetype k = 0; k < period - 1 && fits(to + 1, shape.at(k)); ++k)
            ++to;
        // Teasers sit beside a story that is longer than they are; entries that make up most
        // of the page's prose are the page's own (a live blog with a title over each entry).
        // Either way the run is judged whole, once: the scan stays linear.
        const qsizetype inside = proseBefore.at(to + 1) - proseBefore.at(from);
        const qsizetype outside = proseBefore.at(n) - inside;
        if (outside >= 2 * inside)
            mark(from, to);
        i = to;
    }
}

/// Whether a line is a kicker: the short label in capitals over a teaser's headline ("LOVE IS
/// LOVE", "'A NATIONAL TRAGEDY'", "DIGG PICKS | AFFILIATE"). No lower-case letter, two letters
/// or more, six words at most, no sentence's end.
bool isKicker(QStringView line)
{
    constexpr int maxKickerWords = 6;
    const int words = countWords(line);
    if (words < 1 || words > maxKickerWords || endsLikeSentence(line))
        return false;
    int letters = 0;
    for (QChar c : line) {
        if (c.isLower())
            return false;
        letters += c.isLetter() ? 1 : 0;
    }
    return letters >= 2;
}

/// Teaser cards led by a kicker: "KICKER / headline / source and section / summary", where a
/// card may carry a line more or less than the next (a count of votes, a second label). Each
/// gap from one kicker to the next is lines that are not prose, one of them a headline of four
/// words or more, then one short summary. Three cards or more, and no more of the page's prose
/// than half the rest, as for markPeriodicRecords: a story's own sections under capital
/// subheads run longer than a summary, and a kicker over a name and a line of figures (a team
/// sheet's "DL / Chad Thomas / 57") has no headline.
template<typename Mark>
void markKickerCards(const QString &text, const QList<Paragraph> &paragraphs, const QList<bool> &prose, const Mark &mark)
{
    constexpr qsizetype maxGap = 5;
    constexpr int minCards = 3;
    constexpr int maxSummaryWords = 40;
    constexpr int minHeadlineWords = 4;
    const qsizetype n = paragraphs.size();
    const auto open = [&](qsizetype k) { return !paragraphs.at(k).heading && !paragraphs.at(k).userDecided; };
    QList<bool> kicker(n, false);
    qsizetype proseWords = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const QStringView view = paragraphs.at(k).span.in(text).trimmed();
        kicker[k] = open(k) && !view.contains(u'\n') && isKicker(view);
        if (prose.at(k) && !paragraphs.at(k).isBoilerplate())
            proseWords += countWords(view);
    }
    // The summary ending the card that starts at kicker `h` (its first prose line), or -1 when
    // no card starts there.
    const auto cardEnd = [&](qsizetype h) -> qsizetype {
        bool headline = false;
        for (qsizetype k = h + 1; k < n && k - h < maxGap && open(k) && !kicker.at(k); ++k) {
            if (prose.at(k))
                return headline && countWords(paragraphs.at(k).span.in(text)) <= maxSummaryWords ? k : -1;
            headline = headline || countWords(paragraphs.at(k).span.in(text)) >= minHeadlineWords;
        }
        return -1;
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (!kicker.at(i))
            continue;
        int cards = 0;
        qsizetype to = i;
        qsizetype listWords = 0;
        for (qsizetype h = i; h < n && kicker.at(h);) {
            const qsizetype end = cardEnd(h);
            if (end < 0)
                break;
            ++cards;
            to = end;
            listWords += countWords(paragraphs.at(end).span.in(text));
            h = end + 1;
        }
        // A run is judged whole, once: the scan stays linear.
        if (cards >= minCards) {
            if (proseWords - listWords >= 2 * listWords)
                mark(i, to);
            i = to;
        }
    }
}

/// What kind of sources-list entry a line is, as fact-checks close their pages: "Congressional
/// Budget Office, "The Effects of Tariffs …," Aug. 22, 2019" or "… Assessment," 2018" (a quoted
/// title closing with its comma, then a short tail naming a year), "Email interview with Jane
/// Roe, professor of economics, Nov. 5, 2019" (a date with its month after a comma). Forty-five
/// words at most.
enum class SourceEntry { None, Dated, Titled };
SourceEntry sourceEntry(QStringView line)
{
    constexpr int maxEntryWords = 45;
    constexpr int maxCommas = 3;   // "…, Nov. 5, 2019": the date may hold a comma of its own
    static const QRegularExpression titleTail(
        QStringLiteral(R"([,.]["\x{201D}]\s*[^"\x{201C}\x{201D}]{0,40}\b(?:1[89]|20)\d\d\b[^"\x{201C}\x{201D}]{0,40}$)"));
    if (countWords(line) > maxEntryWords)
        return SourceEntry::None;
    if (titleTail.match(line).hasMatch())
        return SourceEntry::Titled;
    // The date after one of the last commas, read by the date-line grammar: a day or a month
    // ("Aug. 22, 2019", "accessed Nov. 13, 2019", "February 2014"), not a bare year.
    qsizetype comma = line.size();
    for (int k = 0; k < maxCommas && (comma = line.lastIndexOf(u',', comma - 1)) >= 0; ++k) {
        QStringView tail = line.sliced(comma + 1).trimmed();
        for (QStringView word : {u"accessed", u"retrieved"}) {
            if (tail.startsWith(word, Qt::CaseInsensitive))
                tail = tail.sliced(word.size()).trimmed();
        }
        if (tail.endsWith(u'.'))
            tail.chop(1);
        const PublishedDate date = parseDateLine(tail);
        if (date.isValid() && (date.precision == DatePrecision::Day || date.precision == DatePrecision::Month))
            return SourceEntry::Dated;
        if (comma == 0)
            break;
    }
    return SourceEntry::None;
}

/// A sources list: three or more entries (sourceEntry()) in a row, one per paragraph or one per
/// line of a paragraph, under a label that names sources or with quoted titles in half of them
/// at least. Stories cite in their sentences; a list of citations closes the page. A story's
/// own list of dated lines (tour dates, a timeline) has neither.
template<typename Mark>
void markSourceLists(const QString &text, const QList<Paragraph> &paragraphs, const Mark &mark)
{
    constexpr int minEntries = 3;
    static const QRegularExpression label(QStringLiteral(R"(^(?:our\s+)?(?:sources?|references|citations|bibliography)\b)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const qsizetype n = paragraphs.size();
    // Entries in a paragraph, and how many of them have a quoted title: none when a line is
    // no entry.
    const auto entries = [&](qsizetype k) -> std::pair<int, int> {
        if (paragraphs.at(k).heading || paragraphs.at(k).userDecided)
            return {0, 0};
        int count = 0;
        int titled = 0;
        for (QStringView line : paragraphs.at(k).span.in(text).split(u'\n', Qt::SkipEmptyParts)) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            const SourceEntry entry = sourceEntry(line);
            if (entry == SourceEntry::None)
                return {0, 0};
            ++count;
            titled += entry == SourceEntry::Titled ? 1 : 0;
        }
        return {count, titled};
    };
    for (qsizetype i = 0; i < n;) {
        qsizetype j = i;
        int total = 0;
        int titled = 0;
        for (; j < n; ++j) {
            const auto [count, withTitle] = entries(j);
            if (count == 0)
                break;
            total += count;
            titled += withTitle;
        }
        const bool labelled = i > 0 && label.match(paragraphs.at(i - 1).span.in(text).trimmed()).hasMatch();
        if (total >= minEntries && (labelled || 2 * titled >= total))
            mark(i, j - 1);
        i = std::max(j, i + 1);
    }
}

} // namespace

void markTeaserLists(const QString &text, QList<Paragraph> &paragraphs)
{
    constexpr int maxHeaderWords = 10;
    constexpr qsizetype maxPeriod = 5;   // title, author, date, teaser and a label at most
    constexpr int minRecords = 3;
    static const QRegularExpression ago(
        u'^' + agoStamp.toString(),
        QRegularExpression::CaseInsensitiveOption);
    constexpr int maxTitleWords = 20;
    constexpr qsizetype maxRecordLines = 4;
    const auto isHeaderLine = [](QStringView line) {
        return countWords(line) <= maxHeaderWords && (ago.match(line).hasMatch() || parseMetadataLine(line).isMetadata());
    };
    constexpr int maxLabelWords = 4;
    const auto mark = [&](qsizetype from, qsizetype to) {
        // The list's label right above it: "Recent", "More from the Gazette".
        if (from > 0) {
            const QStringView label = paragraphs.at(from - 1).span.in(text).trimmed();
            if (countWords(label) <= maxLabelWords && !endsLikeSentence(label) && !hasDigit(label))
                --from;
        }
        for (qsizetype k = from; k <= to; ++k) {
            Paragraph &paragraph = paragraphs[k];
            if (!paragraph.isBoilerplate() && !paragraph.userDecided && !paragraph.heading)
                paragraph.boilerplate = BoilerplateKind::RelatedLinks;
        }
    };
    const qsizetype n = paragraphs.size();
    QList<bool> header(n, false);
    QList<bool> prose(n, false);
    // A record may be one paragraph of a few lines: a title over its date ("Court admits
    // footage" / "November 19, 2019"), or one line, a title glued to its summary or an
    // excerpt cut off mid-sentence.
    QList<bool> record(n, false);
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView view = paragraphs.at(i).span.in(text).trimmed();
        const int words = countWords(view);
        prose[i] = (words >= 5 && endsLikeSentence(view)) || words >= 20;
        if (paragraphs.at(i).userDecided)
            continue;
        if (!view.contains(u'\n')) {
            header[i] = isHeaderLine(view);
            record[i] = isGluedTeaser(view) || isCutExcerpt(view);
            continue;
        }
        const QList<QStringView> lines = view.split(u'\n', Qt::SkipEmptyParts);
        const auto headerLines = std::count_if(lines.cbegin(), lines.cend(), [&](QStringView line) { return isHeaderLine(line.trimmed()); });
        record[i] = lines.size() <= maxRecordLines && headerLines == 1
            && std::all_of(lines.cbegin(), lines.cend(), [](QStringView line) { return countWords(line) <= maxTitleWords; });
    }
    for (qsizetype i = 0; i < n;) {
        qsizetype j = i;
        while (j < n && record.at(j))
            ++j;
        if (j - i >= minRecords)
            mark(i, j - 1);
        i = std::max(j, i + 1);
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (!header.at(i))
            continue;
        // The period: from this header to the next, which must hold something else.
        qsizetype period = 2;
        while (period <= maxPeriod && i + period < n && !header.at(i + period))
            ++period;
        if (period > maxPeriod || i + period >= n || header.at(i + 1))
            continue;
        // The record's shape: the prose right after its header is its teaser, what comes
        // before its header (title, author) is the rest of the gap.
        qsizetype after = 0;
        while (after < period - 1 && prose.at(i + 1 + after))
            ++after;
        const qsizetype before = period - 1 - after;
        // Every teaser has a title; a time stamp straight over text is a live blog's entry.
        if (before == 0 || i < before)
            continue;
        const auto recordFits = [&](qsizetype h) {
            for (qsizetype k = h - before; k < h; ++k) {
                if (header.at(k) || prose.at(k))
                    return false;
            }
            for (qsizetype k = h + 1; k <= h + after; ++k) {
                if (k >= n || header.at(k) || !prose.at(k))
                    return false;
            }
            return true;
        };
        qsizetype last = i;
        int records = 0;
        for (qsizetype h = i; h < n && header.at(h) && recordFits(h); h += period) {
            last = h;
            ++records;
        }
        // A header followed by more prose than a record holds is a story's own byline.
        const qsizetype tail = last + after + 1;
        if (tail < n && prose.at(tail)) {
            last -= period;
            --records;
        }
        if (records < minRecords)
            continue;
        mark(i - before, last + after);
        i = last + after;
    }
    markPeriodicRecords(text, paragraphs, header, prose, mark);
    markKickerCards(text, paragraphs, prose, mark);
    markSourceLists(text, paragraphs, mark);
}

namespace {

/// Whether a caption ends in its credit glued to the last word, as a browser copies a caption and
/// its credit line from two elements: "…sought treatmentCredit: EPA". The rules cannot see it:
/// their trigger words are whole words, and there is no word boundary before "Credit".
bool hasGluedCredit(QStringView paragraph)
{
    constexpr QStringView credit = u"Credit";
    for (qsizetype at = paragraph.indexOf(credit, 1); at > 0; at = paragraph.indexOf(credit, at + 1)) {
        const QChar before = paragraph[at - 1];
        const qsizetype after = at + credit.size();
        if (!(before.isLower() || before.isDigit() || before == u')' || before == u'.'))
            continue;
        if (after < paragraph.size() && (paragraph[after] == u':' || paragraph[after] == u'\u2026'))
            return true;
    }
    return false;
}

} // namespace

BoilerplatePattern matchBoilerplatePattern(QStringView paragraph)
{
    if (paragraph.size() > maxPatternChars)
        return {};
    if (hasGluedCredit(paragraph))
        return {BoilerplateKind::Caption, true, 1};
    const RuleMask candidates = candidateRules(paragraph);
    if (candidates == 0)
        return {};
    const QString form = patternForm(paragraph);
    const CompiledRules &rules = compiledRules();
    BoilerplatePattern result;
    BoilerplateKind hint = BoilerplateKind::None;
    for (std::size_t r = 0; r < patternRules.size(); ++r) {
        const PatternRule &rule = patternRules[r];
        if (!(candidates & (RuleMask(1) << r)) || (!rule.strong && (hint != BoilerplateKind::None || result.strong)))
            continue;
        if (!rules.expressions.at(qsizetype(r)).match(form).hasMatch())
            continue;
        if (rule.strong) {
            if (!result.strong)
                result.kind = rule.kind;
            result.strong = true;
            ++result.strongMatches;
        } else {
            hint = rule.kind;
        }
    }
    if (!result.strong)
        result.kind = hint;
    // A list copied with single line breaks is one paragraph: its label on the first line
    // ("Most read in local news") and the headlines under it.
    if (!result.strong) {
        const qsizetype lineEnd = paragraph.indexOf(u'\n');
        if (lineEnd > 0 && lineEnd + 1 < paragraph.size()) {
            const BoilerplatePattern label = matchBoilerplatePattern(paragraph.first(lineEnd).trimmed());
            if (label.strong && label.kind == BoilerplateKind::RelatedLinks)
                return label;
        }
    }
    return result;
}

void classifyBoilerplate(const QString &text, QList<Paragraph> &paragraphs, const QList<ParagraphHints> &hints)
{
    const qsizetype n = paragraphs.size();
    QList<Features> features(n);
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView view = paragraphs.at(i).span.in(text);
        Features &f = features[i];
        f.words = countWords(view);
        f.sentence = endsLikeSentence(view.trimmed());
        if (paragraphs.at(i).boilerplate == BoilerplateKind::None && !paragraphs.at(i).userDecided)
            f.pattern = matchBoilerplatePattern(view);
    }
    // Runs of three or more tiny lines without sentence punctuation ("Share", "Tweet",
    // "Email") are menus and share bars even when no single line says so.
    // Lines with figures are left out: a list of price tiers is content.
    auto tinyLine = [&](qsizetype i) {
        if (paragraphs.at(i).heading || features.at(i).words > 5 || features.at(i).sentence)
            return false;
        const QStringView view = paragraphs.at(i).span.in(text);
        return std::none_of(view.begin(), view.end(), [](QChar c) {
            return c.isDigit() || c.category() == QChar::Symbol_Currency;
        });
    };
    std::vector<bool> inTinyRun(static_cast<std::size_t>(n), false);
    for (qsizetype i = 0; i < n;) {
        qsizetype j = i;
        while (j < n && tinyLine(j))
            ++j;
        if (j - i >= 3)
            std::fill(inTinyRun.begin() + i, inTinyRun.begin() + j, true);
        i = j > i ? j : i + 1;
    }

    qsizetype headline = 0;
    while (headline < n && !(paragraphs.at(headline).heading && !paragraphs.at(headline).isBoilerplate()))
        ++headline;
    for (qsizetype i = 0; i < n; ++i) {
        if (i == headline)
            continue;
        Paragraph &paragraph = paragraphs[i];
        if (paragraph.userDecided || paragraph.isBoilerplate())
            continue;
        const Features &f = features.at(i);
        const ParagraphHints hint = i < hints.size() ? hints.at(i) : ParagraphHints{};
        const QStringView view = paragraph.span.in(text);

        // Furniture gathers at the top and bottom of a page.
        const bool nearEnd = i <= 2 || i >= n - 3;
        // "X is a reporter at ..." inside the story is reporting about X; only at the edges is
        // it the author's bio.
        const bool strong = f.pattern.strong && (f.pattern.kind != BoilerplateKind::AuthorBio || nearEnd);
        double score = 0;
        const bool patterned = f.pattern.kind != BoilerplateKind::None;
        if (patterned)
            score += strong ? 3.0 : 1.5;
        if (patterned && !strong && f.sentence && f.words >= 8)
            score -= 0.5;   // a hint inside a full sentence: "Read more about the plan in ..."
        if (f.pattern.strongMatches >= 2)
            score += 1.0;   // a cookie banner says "cookies", "consent" and "privacy settings"
        if (f.words <= 15)
            score += 0.5;
        else if (f.words > 80)
            score -= 2.0;
        else if (f.words > 30 && f.sentence)
            score -= 1.5;   // a sentence of prose that mentions a newsletter is still prose
        if (!f.sentence && !paragraph.heading && f.words <= 12)
            score += 0.5;
        if (hint.linkDensity >= 0.5)
            score += hint.linkDensity >= 0.8 ? 2.5 : 1.5;
        if (hint.inList && hint.linkDensity >= 0.5)
            score += 0.5;
        score += std::clamp(-0.75 * hint.classScore, -2.0, 2.0);
        if (hint.caption)
            score += 2.5;
        if (inTinyRun.at(i))
            score += 1.0;
        // Position only strengthens what a phrase or the page structure already suggests.
        const bool structural = hint.caption || hint.linkDensity >= 0.5 || hint.classScore < 0;
        if (nearEnd && (patterned || structural))
            score += 0.5;
        if (isAttributedQuote(view))
            score -= 2.5;
        if (score < furnitureThreshold)
            continue;

        BoilerplateKind kind = f.pattern.kind;
        if (kind == BoilerplateKind::None) {
            if (hint.caption)
                kind = BoilerplateKind::Caption;
            else if (hint.linkDensity >= 0.5)
                kind = hint.inList ? BoilerplateKind::RelatedLinks : BoilerplateKind::Navigation;
            else
                kind = BoilerplateKind::Other;
        }
        paragraph.boilerplate = kind;
    }
    // A page's structure (links, class names, lists) already groups its furniture; in text
    // copied from a browser the neighbours are the only evidence left.
    if (hints.isEmpty())
        extendFurnitureBlocks(text, paragraphs, features, headline);
}

namespace {

/// The lines of one article that markRepeatedBoilerplate() compares across the story, each
/// normalised for matching: its paragraphs of prose, and the lines shaped like furniture.
struct ArticleLines {
    QStringList prose;
    QList<std::pair<qsizetype, QString>> candidates;   ///< paragraph index, normalised text
};

ArticleLines linesOf(const Article &article)
{
    constexpr int proseWords = 12;
    ArticleLines lines;
    const qsizetype n = article.paragraphs.size();
    for (qsizetype p = 0; p < n; ++p) {
        const Paragraph &paragraph = article.paragraphs.at(p);
        if (paragraph.isBoilerplate())
            continue;
        const QStringView view = paragraph.span.in(article.text);
        const int words = countWords(view);
        QString normalised;
        if (words >= proseWords) {
            normalised = normaliseForMatching(view);
            lines.prose.append(normalised);
        }
        // Furniture shape: short, no quotation, and not a sentence of prose unless a pattern
        // hints at furniture; near the start or end of its article.
        if (paragraph.userDecided || paragraph.heading || (p > 2 && p < n - 5))
            continue;
        if (words == 0 || words > 25 || hasQuotationMark(view))
            continue;
        if (endsLikeSentence(view.trimmed()) && matchBoilerplatePattern(view).kind == BoilerplateKind::None)
            continue;
        lines.candidates.append({p, normalised.isNull() ? normaliseForMatching(view) : normalised});
    }
    return lines;
}

/// For each article, the lowest index of the articles it shares prose with, directly or through
/// others: articles with at least two paragraphs of prose in common, word for word after
/// normalisation, are copies of one text (one republished the other, or both ran a wire story).
QList<qsizetype> copyGroups(const QList<ArticleLines> &lines)
{
    constexpr int sharedToCopy = 2;
    QHash<QString, QList<qsizetype>> byText;
    for (qsizetype a = 0; a < lines.size(); ++a) {
        for (const QString &prose : lines.at(a).prose) {
            QList<qsizetype> &holders = byText[prose];
            if (holders.isEmpty() || holders.constLast() != a)
                holders.append(a);
        }
    }
    QList<qsizetype> parent(lines.size());
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](qsizetype x) {
        while (parent.at(x) != x)
            x = parent[x] = parent.at(parent.at(x));
        return x;
    };
    // Neighbours in each paragraph's list of holders only: linear however many copies there
    // are, and copies that share two paragraphs still end up in one group through the chain.
    QHash<quint64, int> shared;
    for (const QList<qsizetype> &holders : std::as_const(byText)) {
        for (qsizetype i = 0; i + 1 < holders.size(); ++i) {
            const quint64 key = (quint64(holders.at(i)) << 32) | quint64(holders.at(i + 1));
            if (++shared[key] == sharedToCopy) {
                const qsizetype x = find(holders.at(i));
                const qsizetype y = find(holders.at(i + 1));
                parent[std::max(x, y)] = std::min(x, y);
            }
        }
    }
    for (qsizetype a = 0; a < parent.size(); ++a)
        parent[a] = find(a);
    return parent;
}

} // namespace

void markRepeatedBoilerplate(QList<Article> &articles, const std::function<bool()> &isCanceled)
{
    // Each article's lines on the work pool (normalising them is most of the work), then the
    // story-wide comparison in article order.
    QList<ArticleLines> lines(articles.size());
    if (!forEachOnPool(articles.size(), isCanceled, [&](int a) { lines[a] = linesOf(articles.at(a)); }))
        return;
    struct Candidate {
        qsizetype article;
        qsizetype paragraph;
    };
    QHash<QString, QList<Candidate>> byText;
    for (qsizetype a = 0; a < lines.size(); ++a) {
        for (const auto &[p, text] : std::as_const(lines.at(a).candidates))
            byText[text].append(Candidate{a, p});
    }
    // Articles that share prose are copies of one text (a wire story, a republished article):
    // their shared headline and subheadings are shared copy, compared like the rest, not
    // furniture. A line counts as furniture only when articles that are not copies repeat it.
    const QList<qsizetype> group = copyGroups(lines);
    lines = {};
    const auto outletOf = [&](qsizetype a) {
        const Article &article = articles.at(a);
        return article.meta.outlet.isEmpty() ? article.meta.sourceFile : article.meta.outlet;
    };
    for (auto it = byText.cbegin(); it != byText.cend(); ++it) {
        // Two candidates of different copy groups and different outlets exist exactly when the
        // candidates span two groups and two outlets (if one group's outlets all equal another's,
        // both are one outlet, and the second outlet sits in a third group).
        QSet<qsizetype> groups;
        QSet<QString> outlets;
        for (const Candidate &c : it.value()) {
            groups.insert(group.at(c.article));
            outlets.insert(outletOf(c.article));
        }
        const bool independent = groups.size() >= 2 && outlets.size() >= 2;
        if (!independent)
            continue;
        for (const Candidate &c : it.value())
            articles[c.article].paragraphs[c.paragraph].boilerplate = BoilerplateKind::Other;
    }
}

} // namespace Crossread

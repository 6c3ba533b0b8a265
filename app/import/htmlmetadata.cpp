// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/htmlmetadata.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <array>

namespace Crossread {
namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// Reads `count` ASCII digits at `pos`; -1 when they are not all digits.
int digitsAt(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int k = 0; k < count; ++k) {
        const QChar c = text[pos + k];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

PublishedDate parseIsoDate(QStringView text)
{
    PublishedDate result;
    const int year = digitsAt(text, 0, 4);
    if (year < 1000 || (text.size() > 4 && isDigit(text[4])))
        return result;
    if (text.size() == 4) {
        result.date = QDate(year, 1, 1);
        result.precision = DatePrecision::Year;
        return result;
    }
    if (text[4] != u'-' && text[4] != u'/')
        return result;
    const int month = digitsAt(text, 5, 2);
    if (month < 1 || month > 12)
        return result;
    if (text.size() == 7 || (text.size() > 7 && text[7] != u'-' && text[7] != u'/')) {
        result.date = QDate(year, month, 1);
        result.precision = DatePrecision::Month;
        return result;
    }
    const int day = digitsAt(text, 8, 2);
    if (day < 1 || !QDate::isValid(year, month, day))
        return result;
    result.date = QDate(year, month, day);
    result.precision = DatePrecision::Day;
    if (text.size() > 10 && (text[10] == u'T' || text[10] == u' ')) {
        const int hour = digitsAt(text, 11, 2);
        const int minute = text.size() > 13 && text[13] == u':' ? digitsAt(text, 14, 2) : -1;
        int second = 0;
        if (text.size() > 16 && text[16] == u':')
            second = std::max(0, digitsAt(text, 17, 2));
        if (hour >= 0 && minute >= 0 && QTime::isValid(hour, minute, second))
            result.time = QTime(hour, minute, second);
    }
    return result;
}

int monthFromName(QStringView word)
{
    static constexpr std::array<QStringView, 12> names = {
        u"january", u"february", u"march", u"april", u"may", u"june",
        u"july", u"august", u"september", u"october", u"november", u"december"};
    if (word.size() < 3)
        return 0;
    const QString lower = word.toString().toLower();
    for (int m = 0; m < 12; ++m) {
        if (names[m] == lower || (lower.size() >= 3 && names[m].startsWith(lower) && lower.size() <= 4)
            || (m == 8 && lower == u"sept"))
            return m + 1;
    }
    return 0;
}

/// "April 19, 2023", "19 April 2023", "Wed, 19 Apr 2023 21:07:00 GMT", "April 2023",
/// "April 19, 2023 5:07 PM".
PublishedDate parseWrittenDate(QStringView text)
{
    QList<QStringView> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool part = i < text.size() && (text[i].isLetterOrNumber() || text[i] == u':');
        if (part && start < 0)
            start = i;
        if (!part && start >= 0) {
            words.append(text.mid(start, i - start));
            start = -1;
        }
    }
    int month = 0, day = 0, year = 0;
    qsizetype monthAt = -1;
    QTime time;
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QStringView word = words[w];
        if (!month) {
            if (const int m = monthFromName(word)) {
                month = m;
                monthAt = w;
                continue;
            }
        }
        if (word.contains(u':')) {
            const qsizetype colon = word.indexOf(u':');
            bool hourOk = false, minuteOk = false;
            int hour = word.first(colon).toInt(&hourOk);
            const int minute = word.mid(colon + 1, 2).toInt(&minuteOk);
            if (hourOk && minuteOk && w + 1 < words.size()) {
                const QString suffix = words[w + 1].toString().toLower();
                if (suffix == u"pm" && hour < 12)
                    hour += 12;
                else if (suffix == u"am" && hour == 12)
                    hour = 0;
            }
            if (hourOk && minuteOk && QTime::isValid(hour, minute, 0))
                time = QTime(hour, minute);
            continue;
        }
        bool ok = false;
        QStringView digits = word;
        for (QStringView suffix : {u"st", u"nd", u"rd", u"th"}) {
            if (digits.size() > 2 && digits.endsWith(suffix, Qt::CaseInsensitive))
                digits.chop(2);
        }
        const int value = digits.toInt(&ok);
        if (!ok)
            continue;
        if (digits.size() == 4 && value >= 1000) {
            if (!year)
                year = value;
        } else if (!day && value >= 1 && value <= 31 && (monthAt < 0 || w - monthAt == 1)) {
            day = value;
        }
    }
    PublishedDate result;
    if (!year || !month)
        return result;
    if (day && QDate::isValid(year, month, day)) {
        result.date = QDate(year, month, day);
        result.precision = DatePrecision::Day;
        result.time = time;
    } else {
        result.date = QDate(year, month, 1);
        result.precision = DatePrecision::Month;
    }
    return result;
}

QString metaKey(const HtmlNode &node)
{
    for (QLatin1StringView attribute : {QLatin1StringView("property"), QLatin1StringView("name"),
                                        QLatin1StringView("itemprop")}) {
        const QString key = node.attribute(attribute);
        if (!key.isEmpty())
            return key.trimmed().toLower();
    }
    return {};
}

bool looksLikeUrl(const QString &text)
{
    return text.startsWith(u"http://") || text.startsWith(u"https://") || text.startsWith(u"//")
        || text.startsWith(u'/');
}

/// "By Jane Doe" and "by JANE DOE" → the name; a bare URL is no author.
QString cleanAuthor(QString author)
{
    author = author.simplified();
    if (author.startsWith(u"By ", Qt::CaseInsensitive))
        author = author.mid(3).trimmed();
    if (looksLikeUrl(author))
        return {};
    return author;
}

// --- JSON-LD ---

bool isArticleType(const QJsonValue &type)
{
    static constexpr QStringView articleTypes[] = {
        u"NewsArticle", u"Article", u"ReportageNewsArticle", u"AnalysisNewsArticle",
        u"OpinionNewsArticle", u"BackgroundNewsArticle", u"ReviewNewsArticle", u"BlogPosting",
        u"LiveBlogPosting", u"SatiricalArticle", u"Report", u"TechArticle", u"ScholarlyArticle",
        u"SocialMediaPosting", u"AdvertiserContentArticle", u"MedicalScholarlyArticle"};
    auto matches = [](const QString &name) {
        const QStringView local = QStringView(name).mid(name.lastIndexOf(u'/') + 1);
        for (QStringView candidate : articleTypes) {
            if (local.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    if (type.isString())
        return matches(type.toString());
    if (type.isArray()) {
        const QJsonArray types = type.toArray();
        return std::any_of(types.begin(), types.end(), [&](const QJsonValue &t) { return matches(t.toString()); });
    }
    return false;
}

QString nameOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(u"name").toString();
    return {};
}

QString joinNames(const QJsonValue &value)
{
    QStringList names;
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const QJsonValue &item : list) {
        const QString name = cleanAuthor(nameOf(item));
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names.join(u", ");
}

/// Plain text of an articleBody, which some publishers fill with HTML.
QString plainBody(QString body)
{
    if (body.contains(u'<')) {
        QString out;
        out.reserve(body.size());
        bool inTag = false;
        for (qsizetype i = 0; i < body.size(); ++i) {
            const QChar c = body[i];
            if (c == u'<' && i + 1 < body.size() && (body[i + 1].isLetter() || body[i + 1] == u'/')) {
                inTag = true;
                out += u' ';
            } else if (inTag && c == u'>') {
                inTag = false;
            } else if (!inTag) {
                out += c;
            }
        }
        body = out;
    }
    static const std::pair<QStringView, QStringView> entities[] = {
        {u"&amp;", u"&"}, {u"&quot;", u"\""}, {u"&#39;", u"'"}, {u"&apos;", u"'"},
        {u"&nbsp;", u"\u00A0"}, {u"&lt;", u"<"}, {u"&gt;", u">"}, {u"&rsquo;", u"\u2019"},
        {u"&lsquo;", u"\u2018"}, {u"&ldquo;", u"\u201C"}, {u"&rdquo;", u"\u201D"}};
    if (body.contains(u'&')) {
        for (const auto &[entity, replacement] : entities)
            body.replace(entity.toString(), replacement.toString());
    }
    return body.trimmed();
}

struct JsonLdArticle {
    QString headline;
    QString author;
    QString publisher;
    QString datePublished;
    QString url;
    QString body;
};

/// JSON-LD as pages really write it: wrapped in CDATA or comments, with raw line breaks inside
/// strings (which strict JSON forbids).
QJsonDocument parseJsonLd(QString text)
{
    text = text.trimmed();
    for (QStringView wrapper : {u"<!--", u"-->", u"//<![CDATA[", u"//]]>", u"<![CDATA[", u"]]>"})
        text.replace(wrapper.toString(), QStringLiteral(" "));
    for (QChar &c : text) {
        if (c.unicode() < 0x20)
            c = u' ';
    }
    if (text.endsWith(u';'))
        text.chop(1);
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError ? document : QJsonDocument();
}

void collectJsonLdArticles(const QJsonDocument &document, QList<JsonLdArticle> &articles)
{
    // Walk every object (the article may sit in an array, in @graph or in mainEntity) with an
    // explicit stack and a depth bound, so hostile JSON cannot exhaust the call stack.
    struct Item {
        QJsonValue value;
        int depth;
    };
    QList<Item> stack;
    stack.append({document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), 0});
    while (!stack.isEmpty()) {
        const Item item = stack.takeLast();
        if (item.depth > 32)
            continue;
        if (item.value.isArray()) {
            const QJsonArray array = item.value.toArray();
            for (auto it = array.end(); it != array.begin();)
                stack.append({*--it, item.depth + 1});
            continue;
        }
        if (!item.value.isObject())
            continue;
        const QJsonObject object = item.value.toObject();
        if (isArticleType(object.value(u"@type"))) {
            JsonLdArticle article;
            article.headline = object.value(u"headline").toString();
            if (article.headline.isEmpty())
                article.headline = object.value(u"name").toString();
            article.author = joinNames(object.value(u"author"));
            article.publisher = nameOf(object.value(u"publisher"));
            article.datePublished = object.value(u"datePublished").toString();
            if (article.datePublished.isEmpty())
                article.datePublished = object.value(u"dateCreated").toString();
            article.url = object.value(u"url").toString();
            const QJsonValue page = object.value(u"mainEntityOfPage");
            if (article.url.isEmpty())
                article.url = page.isObject() ? page.toObject().value(u"@id").toString() : page.toString();
            article.body = plainBody(object.value(u"articleBody").toString());
            articles.append(article);
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isObject() || it.value().isArray())
                stack.append({it.value(), item.depth + 1});
        }
    }
}

QString hostOf(const QString &url)
{
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(u"www."))
        host = host.mid(4);
    return host;
}

/// Letters and digits only, lower-cased: "The Daily Planet" and "thedailyplanet.com" compare.
QString squeeze(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

bool namesSite(QStringView segment, const QString &outlet, const QString &host)
{
    const QString s = squeeze(segment);
    if (s.isEmpty())
        return false;
    if (!outlet.isEmpty()) {
        const QString o = squeeze(outlet);
        if (!o.isEmpty() && (s == o || (s.size() >= 4 && o.contains(s)) || (o.size() >= 4 && s.contains(o) && s.size() <= o.size() + 12)))
            return true;
    }
    if (!host.isEmpty()) {
        const QString h = squeeze(QStringView(host).left(host.lastIndexOf(u'.')));
        if (h.size() >= 3 && (s == h || (s.size() >= 4 && h.contains(s))))
            return true;
    }
    return false;
}

constexpr QStringView titleSeparators[] = {u" | ", u" - ", u" \u2013 ", u" \u2014 ", u" :: ",
                                            u" \u00B7 ", u" \u2022 ", u" \u00BB ", u" \u00AB ", u" / "};

/// "Headline - Outlet" where the headline is known: the rest of the title names the outlet.
QString outletFromTitle(const QString &title, const QString &headline)
{
    const QString wanted = squeeze(headline);
    if (wanted.isEmpty())
        return {};
    const QString simple = title.simplified();
    for (QStringView separator : titleSeparators) {
        const qsizetype last = simple.lastIndexOf(separator);
        if (last > 0 && squeeze(QStringView(simple).first(last)) == wanted)
            return simple.mid(last + separator.size()).trimmed();
        const qsizetype first = simple.indexOf(separator);
        if (first > 0 && squeeze(QStringView(simple).mid(first + separator.size())) == wanted)
            return simple.first(first).trimmed();
    }
    return {};
}

} // namespace

PublishedDate parsePublishedDate(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return {};
    PublishedDate date = parseIsoDate(text);
    if (!date.isValid())
        date = parseWrittenDate(text);
    if (date.isValid())
        date.text = text.toString();
    return date;
}

QString stripSiteName(const QString &title, const QString &outlet, const QString &host)
{
    QString result = title.simplified();
    // Strip repeatedly: "Headline | Section | Outlet".
    for (int round = 0; round < 3; ++round) {
        bool stripped = false;
        for (QStringView separator : titleSeparators) {
            const qsizetype last = result.lastIndexOf(separator);
            if (last > 0) {
                const QStringView tail = QStringView(result).mid(last + separator.size());
                const bool shortPipeTail = separator == u" | " && outlet.isEmpty()
                    && tail.count(u' ') < 4 && tail.size() * 2 < last;
                if (namesSite(tail, outlet, host) || shortPipeTail) {
                    result.truncate(last);
                    stripped = true;
                    break;
                }
            }
            const qsizetype first = result.indexOf(separator);
            if (first > 0 && namesSite(QStringView(result).first(first), outlet, host)) {
                result = result.mid(first + separator.size());
                stripped = true;
                break;
            }
        }
        if (!stripped)
            break;
    }
    return result.trimmed().isEmpty() ? title.simplified() : result.trimmed();
}

HtmlMetadata extractHtmlMetadata(const HtmlTree &tree)
{
    HtmlMetadata meta;
    QHash<QString, QString> metas;
    QList<JsonLdArticle> jsonLd;
    QString canonical, h1, microHeadline, microAuthor, microDate, timeDate, publishedTimeDate;

    for (qint32 i = 0; i < tree.size(); ++i) {
        const HtmlNode &node = tree[i];
        if (!node.isElement())
            continue;
        switch (node.tag) {
        case GUMBO_TAG_TITLE:
            if (meta.title.isEmpty())
                meta.title = tree.textOf(i);
            break;
        case GUMBO_TAG_META: {
            const QString key = metaKey(node);
            const QString content = node.attribute(QLatin1StringView("content")).trimmed();
            if (!key.isEmpty() && !content.isEmpty() && !metas.contains(key))
                metas.insert(key, content);
            break;
        }
        case GUMBO_TAG_LINK:
            if (canonical.isEmpty()
                && node.attribute(QLatin1StringView("rel")).split(u' ').contains(u"canonical", Qt::CaseInsensitive))
                canonical = node.attribute(QLatin1StringView("href")).trimmed();
            break;
        case GUMBO_TAG_SCRIPT:
            if (node.attribute(QLatin1StringView("type")).contains(u"ld+json", Qt::CaseInsensitive)) {
                QString text;
                for (qint32 k = i + 1; k < node.end; ++k) {
                    if (tree[k].isText())
                        text += tree[k].text;
                }
                collectJsonLdArticles(parseJsonLd(text), jsonLd);
            }
            break;
        case GUMBO_TAG_H1:
            if (h1.isEmpty())
                h1 = tree.textOf(i);
            break;
        case GUMBO_TAG_TIME: {
            const QString datetime = node.attribute(QLatin1StringView("datetime"));
            if (!datetime.isEmpty()) {
                if (timeDate.isEmpty())
                    timeDate = datetime;
                if (publishedTimeDate.isEmpty() && (node.hasAttribute(QLatin1StringView("pubdate"))
                        || node.attribute(QLatin1StringView("itemprop")) == u"datePublished"))
                    publishedTimeDate = datetime;
            }
            break;
        }
        default:
            break;
        }
        // Schema.org microdata on ordinary elements.
        const QString itemprop = node.attribute(QLatin1StringView("itemprop"));
        if (!itemprop.isEmpty() && !node.is(GUMBO_TAG_META)) {
            if (itemprop == u"headline" && microHeadline.isEmpty()) {
                microHeadline = tree.textOf(i);
            } else if (itemprop == u"datePublished" && microDate.isEmpty()) {
                microDate = node.attribute(QLatin1StringView("datetime"));
                if (microDate.isEmpty())
                    microDate = node.attribute(QLatin1StringView("content"));
                if (microDate.isEmpty())
                    microDate = tree.textOf(i);
            } else if (itemprop == u"author" && microAuthor.isEmpty()) {
                microAuthor = cleanAuthor(tree.textOf(i));
                for (qint32 k = i + 1; k < node.end; ++k) {
                    if (tree[k].isElement() && tree[k].attribute(QLatin1StringView("itemprop")) == u"name") {
                        microAuthor = cleanAuthor(tree.textOf(k));
                        break;
                    }
                }
            }
        }
    }

    // Prefer the JSON-LD object that carries the most of the article.
    JsonLdArticle ld;
    if (!jsonLd.isEmpty()) {
        ld = *std::max_element(jsonLd.cbegin(), jsonLd.cend(), [](const JsonLdArticle &a, const JsonLdArticle &b) {
            auto weight = [](const JsonLdArticle &x) {
                return (x.body.isEmpty() ? 0 : 4) + (x.headline.isEmpty() ? 0 : 2) + (x.datePublished.isEmpty() ? 0 : 1);
            };
            return weight(a) < weight(b);
        });
    }
    auto firstOf = [](std::initializer_list<QString> values) {
        for (const QString &value : values) {
            if (!value.trimmed().isEmpty())
                return value.simplified();
        }
        return QString();
    };

    meta.url = firstOf({canonical, metas.value(QStringLiteral("og:url")), ld.url});
    const QString host = hostOf(meta.url);
    meta.outlet = firstOf({metas.value(QStringLiteral("og:site_name")), ld.publisher,
                           metas.value(QStringLiteral("application-name")),
                           metas.value(QStringLiteral("publisher")), host});
    const QString rawHeadline = firstOf({metas.value(QStringLiteral("og:title")), ld.headline,
                                         metas.value(QStringLiteral("twitter:title")), microHeadline, h1, meta.title});
    meta.headline = stripSiteName(rawHeadline, meta.outlet, host);
    if (meta.outlet.isEmpty())
        meta.outlet = outletFromTitle(meta.title, meta.headline);

    QString author = cleanAuthor(metas.value(QStringLiteral("author")));
    for (const QString &candidate : {ld.author, metas.value(QStringLiteral("article:author")),
                                     metas.value(QStringLiteral("parsely-author")),
                                     metas.value(QStringLiteral("sailthru.author")),
                                     metas.value(QStringLiteral("byl")),
                                     metas.value(QStringLiteral("dc.creator")), microAuthor}) {
        if (!author.isEmpty())
            break;
        author = cleanAuthor(candidate);
    }
    meta.author = author;

    for (const QString &candidate : {metas.value(QStringLiteral("article:published_time")), ld.datePublished,
                                     microDate, publishedTimeDate,
                                     metas.value(QStringLiteral("date")),
                                     metas.value(QStringLiteral("pubdate")),
                                     metas.value(QStringLiteral("publishdate")),
                                     metas.value(QStringLiteral("dc.date")),
                                     metas.value(QStringLiteral("dc.date.issued")),
                                     metas.value(QStringLiteral("parsely-pub-date")),
                                     metas.value(QStringLiteral("sailthru.date")), timeDate}) {
        meta.published = parsePublishedDate(candidate);
        if (meta.published.isValid())
            break;
    }
    meta.jsonLdBody = ld.body;
    return meta;
}

} // namespace Crossread

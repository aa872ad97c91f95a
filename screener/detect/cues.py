"""Phrase cues for screening, German and English: what templates say and what only a person says.

Each cue is (name, regex, readable label). The regexes run on the folded note (lower case,
umlauts spelled out: ä -> ae, ß -> ss), so write them that way. They describe *kinds* of
sentences (networking clichés, sales pitches, shared experiences), never a particular
user's profile: that part comes from profile.toml at run time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_DAYS_EN = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAYS_DE = r"(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)"
_MONTHS = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december|"
    r"januar|februar|maerz|mai|juni|juli|oktober|dezember|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)"
)

Cue = tuple[str, "re.Pattern[str]", str]


def _c(name: str, pattern: str, label: str) -> Cue:
    return (name, re.compile(pattern), label)


# -- a literal prefilter ----------------------------------------------------------------------
# Python's re tries a pattern that starts with \b( ... | ... ) at every position of the note, so
# ~80 cue searches cost ~0.7 ms a note although few match. Every match of a cue has to start with
# one of a few literal strings ("happ", "glad", "plea" ...), read off the parsed pattern below; a
# cue none of whose strings occur in the note cannot match and is not searched. The reading is
# conservative: a pattern that can start with something it does not understand ("any digit")
# gets no filter and is always searched.
GRAM = 6
_MAX_PATHS = 2000


class _Unfilterable(Exception):
    pass


@dataclass(frozen=True)
class Starts:
    """Every match starts with one of `grams` (exactly GRAM characters) or of `short` (fewer)."""

    grams: frozenset[str]
    short: tuple[str, ...]


def literal_starts(rx: re.Pattern[str], k: int = GRAM) -> Starts | None:
    """The literal strings every match of rx must start with; None when they can't be known."""
    if rx.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    from re import _constants as C  # noqa: N812 (the parser's opcodes)
    from re import _parser

    full: set[str] = set()
    short: set[str] = set()
    budget = [_MAX_PATHS]

    def stop(acc: str) -> None:  # the literal part of this path ends here
        if not acc:
            raise _Unfilterable
        short.add(acc)

    def walk(seq: list, acc: str) -> None:
        budget[0] -= 1
        if budget[0] < 0:
            raise _Unfilterable
        if len(acc) >= k:
            full.add(acc[:k])
            return
        if not seq:
            stop(acc)
            return
        (op, av), rest = seq[0], seq[1:]
        if op is C.LITERAL:
            walk(rest, acc + chr(av))
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero-width: dropping a condition only widens
            walk(rest, acc)
        elif op is C.SUBPATTERN:
            walk(list(av[-1].data) + rest, acc)
        elif op is C.BRANCH:
            for alt in av[1]:
                walk(list(alt.data) + rest, acc)
        elif op is C.IN and all(o is C.LITERAL for o, _ in av) and len(av) <= 4:
            for _, ch in av:
                walk(rest, acc + chr(ch))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            if hi == 0:
                walk(rest, acc)
                return
            more = [(op, (max(lo - 1, 0), hi if hi is C.MAXREPEAT else hi - 1, sub))]
            if lo == 0:
                walk(rest, acc)
            walk(list(sub.data) + more + rest, acc)
        else:  # any character, a category, a class, a back-reference ...
            stop(acc)

    try:
        walk(list(_parser.parse(rx.pattern, rx.flags).data), "")
    except (_Unfilterable, RecursionError):
        return None
    # a short start already covers every longer string beginning with it
    keep: list[str] = []
    for sh in sorted(short, key=len):
        if not any(sh.startswith(prev) for prev in keep):
            keep.append(sh)
    return Starts(frozenset(g for g in full if not any(g.startswith(sh) for sh in keep)), tuple(keep))


def grams(folded: str, k: int = GRAM) -> frozenset[str]:
    """Every k-character substring of the note (what literal_starts is checked against)."""
    return frozenset([folded[i:i + k] for i in range(len(folded) - k + 1)])


# -- what copy-paste requests say ---------------------------------------------------------
GENERIC = (
    _c("grow-network", r"\b(expand|grow|extend|broaden|build|enlarge|strengthen)(ing)? (my|our) (professional |business )?network", "wants to grow a network"),
    _c("grow-network", r"\b(mein|unser)e?n? (berufliche[ns]? |professionelle[ns]? )?netzwerk(e)? (zu |weiter )?(erweitern|ausbauen|vergroessern|staerken|wachsen)", "wants to grow a network"),
    _c("add-to-network", r"\b(add|include|welcome|have) you (to|in|into) my (professional )?network", "asks to be added to a network"),
    _c("add-to-network", r"\b(in|zu) mein(em)? (berufliche[ns]? )?netzwerk (aufnehmen|aufzunehmen|hinzufuegen|begruessen|einladen)", "asks to be added to a network"),
    _c("add-to-network", r"\b(sie|dich) (gerne |gern )?(in|zu) mein(em|e)? (berufliche[ns]? )?(netzwerk|kontakte)", "asks to be added to a network"),
    _c("profile-flattery", r"\b(came|stumbled|come) (across|upon) your (profile|page)|your profile (caught|popped|came up|appeared|showed up|stood out|looks|is very|seems|really)", "mentions 'your profile' without saying what in it"),
    _c("profile-flattery", r"\b(impressive|interesting|inspiring|great|amazing|remarkable|strong|fascinating) (profile|background|career|experience|track record|journey)\b", "generic praise of profile or career"),
    _c("profile-flattery", r"\bimpressed (by|with) your (profile|background|experience|career|work|journey|achievements)", "generic praise of profile or career"),
    _c("profile-flattery", r"\b(ihr|dein|ihre|deine)e?[nms]? (xing-?|linkedin-?)?profil\w* (ist|hat|klingt|wirkt|sieht|finde|fand|gefaellt|spricht)", "mentions 'your profile' without saying what in it"),
    _c("profile-flattery", r"\b(interessante|spannende|beeindruckende|tolle|vielseitige)[ns]? (xing-?|linkedin-?)?(profil|werdegang|lebenslauf|karriere|erfahrung)", "generic praise of profile or career"),
    _c("profile-flattery", r"\b(auf|ueber) (ihr|dein)e?n? (xing-?|linkedin-?)?profil (gestossen|aufmerksam)|profil (ist mir|fiel mir|hat mich) (aufgefallen|angesprochen|beeindruckt|neugierig)", "mentions 'your profile' without saying what in it"),
    _c("profile-flattery", r"\b(ihr|dein) (xing-?|linkedin-?)?profil\b", "mentions 'your profile' without saying what in it"),
    _c("romance", r"\b(your (smile|profile picture|photo|pictures?)|dein(em)? (laecheln|profilbild|foto)|kind soul|beautiful (woman|lady|soul)|be friends|freunde werden|(besser|naeher) kennen ?lernen|widow(er)?|witwer|oil rig|bohrinsel|un mission|lonely|single (mom|dad|father|mother))\b", "a romance-scam opener"),
    _c("fan", r"\b(big|huge|great|grosser|riesiger) fan\b|\b(immer wieder|always|so|really|super|sehr) (inspirierend|inspiring|insightful|interesting|valuable|lehrreich)\b|\byour journey\b|\bdeine[nr]? (reise|weg)\b", "praise without a concrete point"),
    _c("me-too", r"\b(auch|ebenfalls|too|as well|also)\b[^.!?]{0,40}(grund genug|reason enough|that'?s a reason|deshalb|daher|so let'?s|lass uns|let'?s connect|sollten wir uns)", "a shared hobby as the only reason"),
    _c("like-minded", r"\b(know you (more|better)|(very )?nice person|hello dear|dear friend)\b|\blike[- ]minded|gleichgesinnt|interessante[nr]? (menschen|persoenlichkeiten|kontakte)|(interesting|inspiring|great) (people|professionals|minds)", "wants 'like-minded' contacts"),
    _c("synergy", r"\bsynerg|\bwin[- ]win|mutual(ly)? benefi|gegenseitig\w* (unterstuetz|nutz|profitier|bereicher|austausch)|voneinander (profitieren|lernen)|beide seiten", "vague promise of synergies"),
    _c("future-maybe", r"\b(future|potential|possible) (opportunities|collaboration|cooperation|projects|synergies)|opportunities (arise|come up)|who knows|you never know|man sieht sich immer|in (der )?zukunft|zukuenftig|kuenftig|vielleicht ergibt sich|ergeben sich (ja )?(spannende|interessante)?", "vague 'maybe in the future'"),
    _c("stay-in-touch", r"\b(stay|keep) in (touch|contact)|keep each other (posted|updated)|in kontakt (bleiben|treten|zu bleiben)|kontakt (halten|aufnehmen)", "'stay in touch' without a reason"),
    _c("exchange-vague", r"\b(exchange|share) (ideas|insights|thoughts|experiences|knowledge|best practices)|fachlichen austausch|(zum|fuer einen|auf einen|einen|den|regen) (fachlichen |beruflichen )?austausch", "vague wish to 'exchange ideas'"),
    _c("always-connecting", r"\b(always|constantly) (looking|keen|eager|happy|interested|open) to (connect|meet|network|expand)|immer (offen|interessiert|auf der suche)|freue mich immer", "connects with everyone"),
    _c("same-field", r"\b(same|similar|related) (industry|field|sector|space|area|line of work|group|interests)|(gleichen|aehnlichen|selben|verwandten) (branche|bereich|gruppe|themen|interessen|feld)|in der gleichen gruppe|beide in der", "'same industry' as the only reason"),
    _c("same-field", r"\b(see|noticed|saw|notice) (that )?(you('re| are)|you work) (also )?(in|active in|working in|involved in)", "'same industry' as the only reason"),
    _c("same-field", r"\b(sehe|sah) ich,? dass (sie|du) (auch |ebenfalls )?(im|in der|in|als)", "'same industry' as the only reason"),
    _c("platform-suggests", r"\b(besuch (meines|ihres|deines) profils|(mein|ihr|dein) profil besucht|visit(ing|ed)? my profile|viewed my profile|checking out my profile|looked at my profile|checked out my profile|profile visit|people you may know|linkedin (suggested|recommended|showed)|xing (schlaegt|meint|behauptet|hat mir)|(kennen|kennst|kennen uns) (koennten|koenntest|vielleicht)|might know each other|suggested (you|that we))", "the platform suggested it"),
    _c("mutual-count", r"\b(we have|we share|share) (many|several|a few|some|lots of|a lot of|\d+|num) (mutual|shared|common) (connections|contacts)|(viele|einige|mehrere|gemeinsame) (gemeinsame )?kontakte", "counts shared contacts instead of naming one"),
    _c("proverb", r"\bfrei nach [A-Za-z]|\bas [a-z]+ (once )?said|\bwie schon [a-z]+ sagte|kontakte schaden nur dem|your network is your net ?worth|networking is (key|everything)|netzwerken ist", "a networking proverb"),
    _c("connect-ask", r"\b(would|i'd|i would|id) (love|like|be (happy|glad|delighted)) to (connect|add you|link up|join your network|be part of your network)|let's connect|lets connect|happy to connect|glad to connect|(moechte|wuerde) (mich )?(gerne |gern )?(mit (ihnen|dir) )?(vernetzen|verbinden)|lass(t)? uns (gerne )?(vernetzen|verbinden)|freue mich (ueber|auf) (die|eine|unsere) (vernetzung|verbindung|kontaktbestaetigung|bestaetigung)", "a stock 'let's connect'"),
    _c("follow-content", r"\b(follow|following|keep up with|stay (updated|up to date) (on|with)) (your|you|what you|along)|\b(i'?d|i would|want to|wanted to|just) (like|love|want)? ?(to )?follow\b|(don'?t|not|never) miss (any of )?your|(ihre|deine|ihren|deinen|ihrer|deiner|ihrem|deinem)[nm]? (beitraege|posts|updates|aktualisierungen|texte|artikel|inhalte|aktivitaeten|newsletter)( \w+){0,4} (zu )?(verfolgen|folgen|lesen|mitlesen)|\b(ihnen|dir|euch) (\w+ )?(gerne |gern )?(zu )?folgen|\bverfolge (ich )?(ihre|deine|eure)|(updates|aktualisierungen|beitraegen|posts) (\w+ ){0,2}(zu )?(folgen|verfolgen)|auf dem laufenden", "wants to follow updates"),
)

SALES = (
    _c("cta", r"\b(happy|glad|pleased) to (send|share|do|set up|walk you|show you|offer)\b|\bgerne? (sende|schicke|erstelle|zeige|stelle|mache|lasse) ich (ihnen|dir|euch)\b|\bich (schick|schicke|sende) (dir|ihnen) (gerne?|gern) |\bmag(st|en) (du|sie) (dir|sich) (\w+ ){0,4}(ansehen|anschauen|anhoeren)|^offen fuer|[.!?] offen fuer (ein|eine|einen)\b|\bfree (check|quote|audit|consultation|trial|review|analysis|assessment|strategy call)\b|\b(deck|brochure|broschuere|paketpreise|preisliste|price list|media kit|mediadaten|one-pager|testversion|trial version)\b|\bworth a (\w+[ -]){0,3}(call|chat|look|conversation)\b|\b(can|may|shall) i send( you)? (the )?(details|info|infos|more)\b", "a call to action"),
    _c("pitch", r"\b(perfect|ideal|great) fit\b|\bgenau (die|der) richtige\b|\bpasst perfekt\b|\b(ich|wir) (unterstuetze|unterstuetzen|begleite|begleiten|berate|beraten) (\w+ ){0,2}(kanzleien|unternehmen|firmen|kunden|selbststaendige|freiberufler\w*|aerzte|praxen|teams|gruender\w*|fuehrungskraefte|frauen|menschen)\b|\bals (unabhaengige[rn]? )?\w+(makler|berater|beraterin|maklerin|coach|trainer|trainerin|fotograf|fotografin|agentur|dienstleister)\w* (fuer|mit|weiss|unterstuetze|helfe|begleite)", "a sales pitch"),
    _c("cta", r"\b(haben sie|hast du|have you got|do you have|got) (num|kurz|a few|ein paar|fuenf|zehn|15|20) ?(minuten|minutes|min)\b|\b(interesse|interested|lust|open to it|offen dafuer)\s*\?|\bworth a (quick |short )?(call|chat|look|conversation)|\b(darf|duerfte|kann|koennte|soll) ich (ihnen|dir|euch) (\w+ ){0,4}(zeigen|senden|schicken|vorstellen|zukommen lassen|erklaeren)|\b(can|may|shall|could) i (send|show|share|walk) you\b|\b(waeren|waerst|bist|sind) (sie|du) offen (fuer|dafuer)|\bopen to (a|an|exploring|hearing)\b|\bschreib(t|en sie)? mir (einfach|gern)|\b(dm|pn|message) me\b", "a call to action"),
    _c("pitch", r"\b(exhibitor|aussteller|standpaket\w*|booth|messestand|sponsor\w*|speaker slots?|speakerslot|showcase|premium (slot|package|listing)|limited (exhibitor|spaces|slots|seats|places)|wenige (plaetze|staende)|early access)\b", "event marketing"),
    _c("pitch", r"\b(leads?|neukunden|mandantenanfragen|new clients|more clients|qualified (leads|appointments|clients)|planbar|ohne vorkasse|nur bei erfolg|pay(ment)? on success|no upfront|rank (much )?(better|higher)|seo|website (audit|check)|conversion|umsatz (steigern|verdoppeln)|revenue|pipeline)\b", "a sales pitch"),
    _c("pitch", r"\b(zweites standbein|second (income|stream)|ortsunabhaengig\w*|location[- ]independent|side hustle|nebenverdienst|passives? einkommen|work from anywhere and earn|(ich suche|looking for) (noch )?(num|zwei|drei|2|3)(\s*[-–]\s*(num|3|4))? (motivierte |ambitionierte )?(leute|menschen|personen|people|partner))", "a business-opportunity pitch"),
    _c("pitch", r"\b(ich begleite|ich zeige (frauen|maennern|unternehmer\w*|dir|ihnen)|i (coach|show|teach) (women|men|founders|leaders|people|entrepreneurs)|women like you|frauen wie (dir|ihnen)|kennst du das\?|kennen sie das\?|sound familiar\?)", "a coaching pitch"),
    _c("recruiting", r"\b(im auftrag (einer|eines|unseres|unserer)|on behalf of (a|an|our)|\(m/w/d\)|\(w/m/d\)|\(m/f/d\)|partnerpersoenlichkeit\w*|mandat\w*|headhunting|executive search|vakanz\w*)", "a recruiter's mass mail"),
    _c("pitch", r"\b(bootcamp|masterclass|early[- ]?bird|enrol(l|ment)|spots? (left|available)|limited (seats|spots)|cohort starts|program(me)? that helped|kurs startet|plaetze frei|teilnehmerplaetze)\b", "sells a course"),
    _c("invest", r"\b(token|tokens|dao|nft|web3|airdrop|blockchain|defi|staking|krypto\w*|coin)\b", "an investment or income pitch"),
    _c("pitch", r"\b(reduce|cut|lower|save|slash|senken|sparen|reduzieren)\b[^.!?]{0,40}\b(cost|costs|kosten|spend|bill|ausgaben)|\b(\d+|num) ?(%|percent|prozent)\b[^.!?]{0,30}\b(less|lower|cheaper|faster|guenstiger|weniger|schneller|in num)|\bat num ?% lower cost|\bhope this (message|email|note) finds you well|\bdedicated (development|dev) teams?|\b(nearshore|offshore|outsourc\w*)", "a sales pitch"),
    _c("recruiting", r"\b(suchen wir|wir suchen|sucht (unser|ein)|for (a|one of our) (client|customer)s?|fuer (einen|unseren|ein) (namhaften |renommierten )?(kunden|mandanten)|namhaften kunden|(festanstellung|freelance|freiberuflich|stundensatz|day rate|tagessatz|full[- ]time|vollzeit|remote[- ]first|relocation|gehalt|salary|compensation)\b|(senior|junior|lead|staff|principal) (roles|positions|developer|engineer|entwickler)|(python|java|rust|go|\.net|frontend|backend|fullstack|full-stack)[- ]?(entwickler\w*|developer|engineer)s?\b.{0,40}\b(gesucht|suchen|wanted|hiring|looking for))", "a recruiter's mass mail"),
    _c("pitch", r"\b(feature you|as a guest|our (podcast|show|summit|conference|community|event|newsletter|platform|network|program))\b|\b(unser(e|en|em)?) (podcast|community|event|netzwerk|programm|summit|konferenz|newsletter)\b|\bwe'?re hosting|\bjoin us\b", "invites you to their own thing"),
    _c("pitch", r"\b(i|we) help (?!(you|organi[sz]e|with|out)\b)\w+|\b(ich helfe|wir helfen) \w+|\b(demo|webinar|whitepaper|white paper|e-?book|registration link|anmeldelink|case study|roi|pricing|preise|rabatt|discount)\b", "a sales pitch"),
    _c("pitch", r"\b(we|i) (help|support|enable|assist|work with) (companies|businesses|professionals|leaders|teams|founders|organisations|organizations|firms|clients|b2b|coaches|consultants)", "a sales pitch"),
    _c("pitch", r"\b(our|my) (company|agency|platform|solution|services?|product|software|tool|offer|team specialises|firm)\b|\bwe (offer|provide|specialise|specialize|deliver|are a)\b", "a sales pitch"),
    _c("pitch", r"\b(book|schedule|set up|hop on|jump on) (a|an)? ?(quick |short |brief )?(call|meeting|demo|chat)|(quick|short|brief|num[- ]?min(ute)?) (call|chat|intro call)|free (trial|demo|consultation|audit|assessment|strategy)", "asks for a call or demo"),
    _c("pitch", r"\b(unser|unsere|meine|mein)e?[nm]? (unternehmen|agentur|loesung|dienstleistung|angebot|software|plattform|produkt|firma|kanzlei|beratung)\b|\bwir (helfen|unterstuetzen|bieten|begleiten|sind (eine|ein|spezialisiert))", "a sales pitch"),
    _c("pitch", r"\b(unverbindlich|kostenlos|kostenfrei|gratis)\w*|(kurzes|kurzen|kleines) (telefonat|gespraech|call|kennenlerngespraech|video-?call)|termin (vereinbaren|ausmachen)", "asks for a call or demo"),
    _c("recruiting", r"\b(exciting|interesting|great|new|open) (role|position|opportunit|vacanc|career)|\b(recruit(er|ing)?|headhunt|talent|hiring|candidates?)\b|(spannende|interessante|neue|offene|attraktive) (position|stelle|vakanz|herausforderung|karrieremoeglichkeit|projekte|aufgabe)|personalberat|karriere", "a recruiter's mass mail"),
    _c("invest", r"\b(invest(ment|ing|or)s?|passive income|crypto|trading|financial freedom|vermoegensaufbau|finanzielle freiheit|nebeneinkommen)\b", "an investment or income pitch"),
)

# Commercial intent in any wording: invitations to the sender's own stage, job seeking, network
# marketing, paid book chapters, "free" valuations, links to click. (A note that pitches is a template
# even when it names an event or a person: the weights make these outweigh one piece of specificity.)
SALES += (
    _c("invite", r"\b(co-?auth?or\w*|mitautor\w*|ko-?autor\w*|gastbeitrag\w*|guest (post|article|expert|speaker|appearance)|anthologie|anthology|sammelband|(kapitel|chapter) (in|for|fuer) (unserem|unser|meinem|our|my|the|a|an|einem)\b)", "invites you to write or speak for them"),
    _c("invite", r"\b(als|as (a|an|our)?) ?(speaker|speakerin|referent\w*|keynote-?speaker\w*|panelist\w*|panellist\w*|interviewgast|podcastgast|podcast-gast|gast|guest|expert\w*|experte|expertin)\b[^.!?]{0,60}\b(podcast|panel|summit|konferenz|conference|event|show|kongress|webinar|buehne|stage|interview|folge|episode|magazin|magazine)|\b(podcast|panel|summit|webinar|show|interview)\b[^.!?]{0,40}\b(als|as (a|an|our)?) ?(speaker|referent\w*|gast|guest|expert\w*|experte|expertin)\b", "invites you to their stage"),
    _c("invite", r"\b(business[- ]?(breakfast|lunch|dinner|fruehstueck)|unternehmer\w*-?(fruehstueck|stammtisch|abend)|netzwerk-?(fruehstueck|abend|event)|networking (breakfast|lunch|dinner|evening|event)|afterwork)\b|\b(ich lade|wir laden|laden (sie|dich|euch)|lade (sie|dich|euch)|(i|we)('d| would)? (like to )?invite you|inviting you|moechte (sie|dich) (herzlich |gerne )?einladen|(sie|dich) (herzlich |gerne )?einladen)\b", "invites you to their event"),
    _c("job-seeking", r"\b(i'?m|i am) (currently |actively )?(looking for|seeking|searching for|open to) (a |my )?(new |next )?(role|position|job|opportunit\w+|challenge|internship|employment)|\bopen to work\b|#opentowork|\b(auf (der )?(job|stellen)suche|(suche|suchen) (ich )?(derzeit |aktuell |gerade )?(eine )?(neue )?(stelle|anstellung|festanstellung|herausforderung|position|job|praktikum|werkstudentenstelle)|(offen|bereit) fuer (eine )?neue (herausforderung|position|stelle|aufgabe))\b|\b(my|meinen|mein) (cv|resume|lebenslauf)\b|\bbewerbung\w*\b", "is looking for a job"),
    _c("network-marketing", r"\b(teampartner\w*|vertriebspartner\w*|geschaeftspartner\w* gesucht|network[- ]?marketing|empfehlungsmarketing|mlm|nahrungsergaenzung\w*|gesundheitsprodukt\w*|wellness-?produkt\w*|homeoffice-?business|online-?business|zusatzeinkommen|extra income|additional income|own boss|eigener chef|freiheit (und|&) flexibilitaet|financial independence|finanziell unabhaengig)\b", "a network-marketing pitch"),
    _c("cta", r"\b(kostenlose|kostenfreie|unverbindliche|free|gratis)[nr]? (\w+-?)?(bewertung|immobilienbewertung|wertermittlung|valuation|appraisal|analyse|analysis|erstberatung|beratung|consultation|potenzialanalyse|check|audit|strategiegespraech|session|webinar|e-?book|guide|leitfaden|vorlage|template|probe|trial)\b|\b(ihre|deine|your) (immobilie|wohnung|haus|property|home)\b", "offers something for free"),
    _c("cta", r"\b(click|klick\w*|check out|tap|schau(en sie|t)? (dir|sich)|visit|besuche?n?) (on )?(my|the|this|our|meinen|meine|den|diesen|diese|unseren|unsere) (link|website|webseite|seite|page|kanal|channel|shop|landing ?page|video)\b|\b(link|links) (in|im) (der |my )?(bio|profil|profile|kommentar)\b|\b(my|mein(en)?|unser(en)?|this|diesen|den) link\b|\b(register|sign up|anmelden|registrieren)\b[^.!?]{0,30}\b(here|hier|now|jetzt|link|url)\b", "asks you to click a link"),
    _c("cta", r"\bwould it make sense\b|\b(worth|open to) (exploring|discussing|a conversation)\b|\bhave you (ever )?(considered|thought about)\b|\b(haetten|hatten|haben|hast) (sie|du) (lust|interesse|zeit)\b|\b(schon (mal|einmal) )?darueber nachgedacht\b|\blet me know if (you'?re|you are) interested\b", "a call to action"),
)


# The sender asks the recipient for something only they can give: their advice, their service, a
# quote, a talk (in contrast to a pitch, which offers the sender's). A question about their work.
ASKS_YOU = (
    _c("asks-you", r"\b(could|can|would|will) you (possibly |perhaps |kindly )?(help|advise|review|check|sanity-check|look at|take a look|consider|recommend|explain|share your|be (available|willing|our|my))\b|\bdo you (take on|offer|handle|accept|advise|consult|still|have (any )?(capacity|availability|slots for (clients|mandates)))\b|\b(could|can|may|might) (i|we) (quote|interview|ask|invite|book|hire|engage|cite) you\b|\b(your|ihre|deine|ihr|dein)e?[nm]? (advice|help|opinion|view|take|input|expertise|guidance|feedback|thoughts|einschaetzung|meinung|rat|hilfe|expertise|unterstuetzung|erfahrung damit|sicht)\b", "asks for your advice or service"),
    _c("asks-you", r"\b(uebernehmen|beraten|helfen|unterstuetzen|begleiten|machen|betreuen) (sie|du) (uns|mich|auch|solche|so etwas|sowas)\b|\b(waeren|waerst|sind|bist) (sie|du) (grundsaetzlich |eventuell |vielleicht )?(bereit|verfuegbar)\b|\b(haetten|haettest|hast|haben) (sie|du) (grundsaetzlich |eventuell |vielleicht )?(interesse|lust|zeit),? (uns|mich|mir|dir|sich|das|bei|als|einen|eine)\b|\b(wir|ich) (suche|suchen|brauche|brauchen) (jemanden|eine[nr]? (expertin|experten|gutachter\w*|beraterin|berater|referent\w*|zweitgutachter\w*))\b|\b(we|i) (are looking for|need|am looking for) (someone|an? (expert|advisor|adviser|consultant|speaker|reviewer|mentor))\b", "asks for your advice or service"),
)

# A time to come: "15 minutes next week?" is a sales call, not a memory.
FUTURE = (
    _c("future", rf"\b(next|this|coming) (week|month|quarter|{_DAYS_EN})\b|\btomorrow\b|\b(in|within) (the )?(next|coming) (few )?(days|weeks)\b|\b(naechste|kommende|diese)[nr]? (woche|monat|quartal|{_DAYS_DE})\b|\b(in den )?(naechsten|kommenden) (tagen|wochen)\b|\buebermorgen\b", "proposes a time to come"),
    _c("future", r"\b\d{1,2}[ -]?(minutes?|min|minuten)\b|\b(zehn|fuenfzehn|zwanzig|dreissig|ten|fifteen|twenty|thirty) (minutes|minuten)\b", "asks for minutes of your time"),
)

MERGE = (
    _c("merge-field", r"\{\{|\}\}|\[(first ?name|name|vorname|firstname|company|firma|nachname|last ?name)\]|%[a-z_]*name%|<(vorname|name|first ?name)>|\{(first_?name|name|vorname)\}", "an unfilled mail-merge field"),
    _c("no-name", r"^\s*(dear (sir|madam|sir or madam|sir/madam)|to whom it may concern|sehr geehrte damen und herren|hallo zusammen|hi there|hello there|hi all)\b", "a greeting that fits anyone"),
)

# -- what only a person who knows something about the recipient says -----------------------
PERSONAL = (
    _c("met", r"\b(stood|sat|were) next to each other\b|\b(it'?s|this is) (?!(great|good|nice|me|time|true|been|so|a|an|the|really|always|just)\b)[a-z]+( here)? ?[—–-] |\bhier (ist|schreibt) [a-z]+\b|\b(we|i) (met|spoke|talked|chatted|sat|had (a|our) (chat|talk|conversation|coffee|call))\b|\b(met|meeting) you\b|(nice|great|lovely|good|pleasure|wonderful) (meeting|to meet|chatting|talking|to chat|to talk|seeing)", "says you have met"),
    _c("met", r"\b(kennengelernt|kennen gelernt|getroffen|unterhalten|gesprochen|begegnet|plaudern|geplaudert|geredet|gequatscht|telefoniert|nebeneinander|zusammen gesessen|zusammengesessen)\b|(nett|schoen|toll|super|spannend|prima)(,| war es| war's|es war)? (dich|sie|euch)? ?(kennenzulernen|zu treffen|zu sehen|getroffen)", "says you have met"),
    _c("after-contact", r"\b(thanks|thank you|danke|vielen dank) (again )?for (your time|the (chat|talk|conversation|tip|advice|intro|introduction|call|coffee|help|feedback|pointer|recommendation))|(fuer|fur) (das|den|die|deine|ihre|ihren|deinen) (gespraech|gespraeche|tipp|hinweis|rat|austausch am|telefonat|kaffee|hilfe|feedback|empfehlung)|as (\w+ ){0,4}(discussed|promised|mentioned|agreed)|following up on (our|the)|wie (\w+ ){0,4}(besprochen|versprochen|angekuendigt|vereinbart|abgesprochen)|(after|from|since) (our|the) (call|chat|conversation|meeting|talk|session|workshop|panel)|(nach|seit) (unserem|dem|unserer|der) (gespraech|telefonat|treffen|workshop|vortrag|panel|austausch|session)", "refers to an earlier conversation"),
    _c("history", r"\b(ich war|i was|i used to be)\b[^.!?]{0,50}\b(ihre[rm]?|deine[rm]?|eure[rm]?|your) (station|team|abteilung|klasse|kurs|gruppe|werkstudent\w*|doktorand\w*|hiwi|tutor\w*|mentee|nachbar\w*|neighbou?r|trainee|praxis|kanzlei|firma|department|class|course|group|office|ward|lab|sekretaer\w*|assistent\w*|kolleg\w*|student\w*|patient\w*|mandant\w*|azubi|praktikant\w*)", "shared history"),
    _c("history", r"\b(great|nice|good|fun|a pleasure) (working|collaborating|studying|playing) (with|alongside) you\b|\bwelcome to the team\b|\blooking forward to working with you (on|in) the\b|\b(schoen|toll|super|spass) (mit dir|mit ihnen) (zu arbeiten|zusammenzuarbeiten|gearbeitet)|willkommen im team", "shared history"),
    _c("history", r"\b(former|ex)[- ]?(colleague|coworker|co-worker|classmate|student|teammate|boss|manager)|we (worked|studied|were) (together|in the same|at the same)|(worked|studied) (with you|together)|(used to|both) (work|study)|you (taught|supervised|mentored|interviewed|hired|coached|trained) me|i was (your|in your|one of your)|my (former )?(manager|teacher|professor|mentor|supervisor) (was|at)", "shared history"),
    _c("history", r"\b(ehemalige|frueher|ehemaliger|ehemaligen|frueheren|frueherer)[rn]? (kolleg|kommiliton|mitschueler|chef|teamkolleg|student|schueler|azubi|praktikant)|zusammen (gearbeitet|studiert|gelernt|im team|in der)|zusammengearbeitet|(warst|waren|war) (mein|meine|dein|deine|ihr|ihre) (chef|chefin|betreuer|betreuerin|dozent|dozentin|lehrer|lehrerin|mentor|mentorin|prof)|(haben|hast|hatten|hattest) mich (betreut|unterrichtet|eingestellt|gecoacht|ausgebildet)|kommiliton|ich war (in|bei) (ihrem|deinem|ihrer|deiner)", "shared history"),
    _c("referral", r"\b(introduced|referred|recommended|pointed) (me|us)|(suggested|told me|said) (i|that i|we) (should|reach|contact|get in touch)|(gave|passed) me your (name|contact|details)|on (the )?(recommendation|suggestion|advice) of|(my|our) (mutual )?(friend|colleague|boss|manager|contact|partner|sister|brother|cousin|neighbou?r|wife|husband) \w+", "a named referral"),
    _c("referral", r"\b(auf )?empfehlung (von|meiner|meines)|(hat|hatte) mir (ihren|deinen|ihre|deine)? ?(namen|kontakt|profil)?.{0,30}(empfohlen|gegeben|weitergeleitet|erzaehlt|genannt)|(hat|hatte) (mich|uns) (an (sie|dich)|auf (sie|dich)) (verwiesen|aufmerksam gemacht)|(mein|meine|unser|unsere)e?[nr]? (kolleg\w*|freund\w*|chef\w*|partner\w*|bekannte\w*|schwester|bruder|nachbar\w*|mann|frau) \w+ (hat|meinte|sagte|empfahl)", "a named referral"),
    _c("you-did", r"\byou (\w+ly )?(stopped|visited|came|dropped|joined|spoke|led|ran|moderated|chaired|taught|treated|represented|supervised|hired|interviewed|trained|coached|examined|reviewed|signed|organi[sz]ed|hosted|gave me|sent me|lent me|helped me|saved me)\b|\b(sie|du) (haben|hast|hatten|hattest) (mich|uns|meine[nmr]?|meinen|unsere[nm]?) |\byou (mentioned|recommended|said|asked|suggested|showed|helped|answered|explained|wrote|told|gave|shared|presented|offered|promised)\b|\b(sie|du) (hatten|hattest|haben|hast) (erwaehnt|empfohlen|gesagt|gefragt|gezeigt|geholfen|erklaert|geschrieben|vorgeschlagen|angeboten|versprochen|erzaehlt)|(sie|du) (erwaehnten|erwaehntest|empfahlen|empfahlst|sagten|sagtest|fragten|fragtest|zeigten|zeigtest|erzaehlten|erzaehltest|meinten|meintest)", "recalls something the recipient did"),
    _c("i-did", r"\bi (read|listened to|attended|watched|saw|heard|used|tried|implemented|applied|bought|finished|reviewed|cited|quoted) (your|you)\b|\bi('m| am) (reading|using|implementing|applying|citing) your|(habe|hab) (ihr|ihre|ihren|dein|deine|deinen)e?[nms]? \w+ (gelesen|gehoert|gesehen|besucht|genutzt|angewendet|umgesetzt|gekauft|zitiert)|(ich war|war ich) (bei|in|auf) (ihrem|ihrer|deinem|deiner)", "has used or read the recipient's work"),
    _c("own-project", r"\b(my|our) (thesis|dissertation|project|startup|team|research|paper|pilot|migration|audit|rollout|study|book|podcast|club|school|class|course) (is|on|about|at|where|that|for|we)|\b(meine|unsere|mein|unser)e?[nmr]? (masterarbeit|bachelorarbeit|doktorarbeit|dissertation|projekt|startup|forschung|studie|pilot|migration|klasse|schule|verein|initiative|gruppe) (ist|ueber|zu|zum|zur|bei|mit|fuer|in|an)", "describes a concrete project"),
)

PERSONAL += (
    _c("pivot", r"\b(but (the real reason|mainly|actually|more importantly|seriously|honestly)|the real reason|ganz konkret|konkret geht es|eigentliche[rn]? grund|aber eigentlich|im ernst|and then (i )?reali[sz]ed|spass beiseite|joking aside)\b", "turns from small talk to a concrete reason"),
    _c("remember", r"\b(erinnerst du dich|erinnern sie sich|remember (me|when|the|our)|you may remember|you might remember|wiedergefunden|wieder gefunden|found you again|long time no see|lange nicht gesehen|it'?s been (years|ages|a while|too long)|(ist|war) (ja )?(schon )?(ewig|lange|jahre) her|\blange her\b|\b(long|so long|ages) since\b|nach (all den|vielen) jahren)\b", "recalls a shared past"),
    _c("joined", r"\bfound you\b|\bhab (dich|sie) (hier )?gefunden\b|\b(jetzt|nun|endlich) (bin ich |sind wir |bist du |sind sie )?(auch )?(hier|bei xing|auf xing|auf linkedin|bei linkedin)\b|\b(now|finally|also) (on|here on|joined) (xing|linkedin)|\bfinally (see|found) you (here|on)|\bsee you (here|on (xing|linkedin)) too|\bauch (hier|bei xing|auf linkedin) gefunden", "an acquaintance who just found you here"),
    _c("said-you", r"\b(said|told me|mentioned|thinks|suggested|recommended) (that )?(you|you'?re|you are|i should)\b|\bhat (sie|dich|mir (sie|dich)) (empfohlen|genannt)|\b(hat|hatte) (mir )?(gesagt|erzaehlt|gemeint),? (dass )?(sie|du)\b|\bmeinte,? (sie|du) (seien|seiest|waerst|waeren|koennten|koenntest|haetten|hattest)", "someone named you to them"),

    _c("thanks-for", r"\b(mich|uns) (\w+ ){0,3}(fuer|bei (ihnen|dir)) (\w+ ){1,6}(zu )?bedanken\b|\b(bedanke|bedanken) (mich|uns) (\w+ ){0,2}(fuer|bei)\b|\b(danke|thanks|thank you|vielen dank|merci)( (nochmal|nochmals|again|so much))?,? ((dass|that) (du|sie|you) \w+|(fuer|for) (?!(die|the|your|deine|ihre|eure) (anfrage|request|vernetzung|connection|annahme|bestaetigung|zeit|time|consideration|aufmerksamkeit)\b)(\w+ ){0,3}\w+)", "thanks for something specific"),
    _c("self-intro", r"\b(i'?m|i am|i was) the (one|guy|woman|man|person|juror|speaker|student|colleague|neighbou?r|intern|trainee|driver|organi[sz]er|volunteer|doctor|nurse)\b|\bich (war|bin) (die|der|diejenige|derjenige) (mit|aus|von|die|der|den|vom|beim)\b", "says who they are to you"),
)

# A piece of the recipient's work named as theirs ("your talk", "Ihr Buch").
THEIR_WORK = (
    _c("their-work", r"\byour (\w+[ -]){0,3}(talk|keynote|session|workshop|presentation|panel|lecture|book|article|paper|podcast|episode|study|thesis|blog ?post|piece|essay|slides|interview|course|seminar|column|report|chapter|thesis|poster|call for|thread|tweet|comment|question|keynote|recording|video|newsletter|episode|dissertation|series|post|posts|chart|guide|guidelines|checklist|template|framework|model|talk|show|class|lesson|lab|research|project|analysis|survey|dataset|data set|code|library|repo|tool)s?\b", "refers to a piece of the recipient's work"),
    _c("their-work", r"\b(ihr|ihre|ihren|ihrem|ihres|dein|deine|deinen|deinem|deines|euer|eure|eurem|euren)e?[nms]? (\w+[ -]){0,2}(vortrag|vortrags|keynote|workshop|buch|buches|artikel|beitrag|podcast|talk|session|panel|studie|webinar|interview|kurs|seminar|kolumne|folien|vorlesung|masterarbeit|doktorarbeit|dissertation|aufsatz|blogartikel|blogbeitrag|kapitel|these|thesen|aufruf|frage|kommentar|folge|episode|newsletter|video|aufzeichnung|poster|umfrage|texte|text|leitfaden|praxisleitfaden|reihe|serie|grafik|checkliste|vorlage|modell|datensatz|studie|forschung|projekt|analyse|code|podcasts|buecher|vortraege|beitraegen|artikeln|folgen)\w{0,2}\b", "refers to a piece of the recipient's work"),
)

# When something happened: a shared past needs a time (a future date is a sales call, see FUTURE).
WHEN = (
    _c("when", rf"\b(see you|bis|until|till) (on |at |next |this )?{_DAYS_EN}\b|\bbis {_DAYS_DE}\b|\b(see you|bis) (at |zum |beim |am )?{_DAYS_EN}'?s\b|\blast quarter\b|\bletztes quartal\b", "names when"),
    _c("when", rf"\b(yesterday|last (week|month|night|year|{_DAYS_EN})|this (morning|week|afternoon)|on {_DAYS_EN}|{_DAYS_EN} (morning|evening|night|afternoon)|earlier today|the other day)\b", "names when"),
    _c("when", rf"\b(gestern|vorgestern|letzte[nrs]? (woche|monat|jahr|{_DAYS_DE})|heute (morgen|frueh|mittag)|am {_DAYS_DE}|{_DAYS_DE}(abend|morgen|nachmittag)?|neulich|kuerzlich|vorhin|vor (zwei|drei|ein paar|einigen|num) (wochen|tagen|jahren|monaten))\b", "names when"),
    _c("when", rf"\b(num\.? ?{_MONTHS}|{_MONTHS} num|in num|im {_MONTHS}|in {_MONTHS})\b", "names a date"),
)

QUESTION_CONNECT = re.compile(
    r"(connect|add you|network|vernetz|verbind|kontakt|netzwerk|accept|annehmen|bestaetig|link up|join)", re.IGNORECASE
)


@lru_cache(maxsize=None)
def starts(rx: re.Pattern[str]) -> Starts | None:
    """literal_starts(rx), worked out once per pattern."""
    return literal_starts(rx)


@dataclass(frozen=True)
class _Plan:
    """The start strings of a cue list turned around: which cues each string can start."""

    by_gram: dict[str, tuple[int, ...]]
    gram_keys: frozenset[str]
    short: tuple[tuple[str, tuple[int, ...]], ...]
    always: tuple[int, ...]  # cues without a filter

    def candidates(self, folded: str, note_grams: frozenset[str]) -> list[int]:
        """The positions of the cues one of whose start strings occurs in the note (or that have none)."""
        found = set(self.always)
        for g in self.gram_keys.intersection(note_grams):
            found.update(self.by_gram[g])
        for text, idx in self.short:
            if text in folded:
                found.update(idx)
        return sorted(found)


def _plan(patterns: tuple[re.Pattern[str], ...]) -> _Plan:
    by_gram: dict[str, list[int]] = {}
    short: dict[str, list[int]] = {}
    always = []
    for i, rx in enumerate(patterns):
        st = starts(rx)
        if st is None:
            always.append(i)
            continue
        for g in st.grams:
            by_gram.setdefault(g, []).append(i)
        for t in st.short:
            short.setdefault(t, []).append(i)
    return _Plan({g: tuple(v) for g, v in by_gram.items()}, frozenset(by_gram),
                 tuple((t, tuple(v)) for t, v in short.items()), tuple(always))


_PLANS: dict[int, tuple[tuple[Cue, ...], _Plan]] = {}


def _plan_of(cues: Sequence[Cue]) -> _Plan:
    """The plan of a cue tuple, worked out once per tuple (the cue lists above are immutable module
    constants; any other sequence gets a fresh plan each time)."""
    hit = _PLANS.get(id(cues))
    if hit is not None and hit[0] is cues:
        return hit[1]
    plan = _plan(tuple(rx for _, rx, _ in cues))
    if isinstance(cues, tuple):
        _PLANS[id(cues)] = (cues, plan)
    return plan


def find(cues: Sequence[Cue], folded: str, note_grams: frozenset[str] | None = None) -> list[tuple[str, str, str]]:
    """(name, label, matched span) for every cue found; one hit per cue pattern.

    note_grams (grams(folded), computed once per note) lets find skip the cues that cannot match:
    only the cues one of whose start strings occurs in the note are searched, in list order."""
    if note_grams is None:
        note_grams = grams(folded)
    hits = []
    for i in _plan_of(cues).candidates(folded, note_grams):
        name, rx, label = cues[i]
        m = rx.search(folded)
        if m:
            hits.append((name, label, m.group(0).strip()))
    return hits

# "We must have met somewhere" — a memory nobody can check is a template's trick.
VAGUE_MET = (
    _c("vague-event", r"\b(at|on|from) (the|an|a|one of the|that) (event|conference|fair|meetup|trade ?show|summit|networking event|webinar|expo|congress)(?= (last|recently|a while|the other)|[.!,;]| -| –|$)|\b(auf|bei|nach|von) (einer|der|dem|einem) (messe|veranstaltung|konferenz|tagung|event|netzwerkveranstaltung|netzwerktreffen|kongress)(?= (neulich|letzte|vor|kennengelernt|begegnet|getroffen|gesehen)|[.!,;]| -| –|$)|\b(a while back|a while ago|neulich mal|vor einiger zeit|we met briefly|kurz kennengelernt)\b", "an event without a name"),
    _c("vague-met", r"\b(irgendwo|irgendwann|schon (ein)?mal (begegnet|gesehen|getroffen|ueber den weg)|glaube,? (wir|dass wir)|kennen uns doch|kennen wir uns nicht|somewhere|i (think|believe) we (have )?(met|crossed)|we may have (met|crossed)|haven'?t we met|our paths (have )?crossed|crossed paths)\b", "a vague 'we must have met'"),
)

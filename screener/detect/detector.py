"""Judge a request: empty, boilerplate or personal, with a score and the evidence behind it.

The only module that imports rapidfuzz. Signals:
  * empty note or a platform default sentence -> verdict "empty";
  * fuzzy match of the note's sentences against the guide's boilerplate library;
  * repetition: the same normalised text (names, greetings, URLs masked) sent earlier by
    another sender, found through a shingle index (no all-pairs scan);
  * phrase cues: networking clichés, sales pitches, mail-merge traces (towards template)
    and shared experiences, named people, events, dates, the recipient's works
    (towards personal).
The cues are combined in logit space with weights that can be overridden in the guide's
settings.toml ([screening.weights]); the decision threshold lives there too.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz, process

from screener.detect import cues
from screener.detect.empty import strip_default
from screener.detect.language import STOPWORDS, detect_language, detect_register
from screener.detect.repetition import (
    RepetitionIndex,  # the repetition signal's candidate index (screener/index.py)
)
from screener.detect.textnorm import fold, normalise, sentences
from screener.detect.weights import load_weights
from screener.models import Action, Evidence, Request, Screening, Verdict

DEFAULT_WEIGHTS, PRIOR_WEIGHTS = load_weights()

RELATIONSHIP_CUES = frozenset({
    "met", "after-contact", "history", "referral", "you-did", "own-project", "thanks-for", "self-intro",
    "remember", "joined", "said-you", "person", "question",
})

DEFAULTS = {"boilerplate_threshold": 0.65, "library_match": 85, "repeat_match": 88}

_EVENT_WORDS = (
    r"(Conference|Konferenz|Summit|Meetup|Meet-up|Tagung|Messe|Forum|Kongress|Congress|Festival|Barcamp|"
    r"BarCamp|Days|Day|Week|Woche|Camp|Con|Expo|Fair|Symposium|Stammtisch|Hackathon|Jahrestagung|Fachtagung|"
    r"Convention|Workshop|Academy|Akademie|Session|Sessions|Gipfel|Tage|Tag|Night|Roundtable|Lab|Talks|Summit)"
)
_EVENT = re.compile(
    rf"\b([A-ZÄÖÜ][\w&.-]+(?:\s+[A-ZÄÖÜ0-9][\w&.-]*){{0,4}})[ -]{_EVENT_WORDS}\b|"
    rf"\b{_EVENT_WORDS}\s+(?:in|im|of|der|des)\s+[A-ZÄÖÜ]\w+|"
    r"\b[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-ZÄÖÜ][\w-]*\s?'?(?:20\d\d|\d\d)\b|#\w{3,}"
)
_NAME_PAIR = re.compile(r"\b(?=([A-ZÄÖÜ][a-zäöüß]+)\s+([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b)")
_NAME_AFTER = re.compile(r"\b(?:with|from|and|by|via|mit|von|und|bei|über|ueber|like|wie)\s+([A-ZÄÖÜ][a-zäöüß]+)\b")
_FROM_GROUP = re.compile(
    r"\b[A-ZÄÖÜ][a-zäöüß]+,? (?:vom|von der|aus dem|aus der|aus deinem|aus deiner|aus Ihrem|aus Ihrer|"
    r"aus eurem|from the|from your|from our)\s"
)
_QUOTE = re.compile(r"[„“\"«»‚'][^„“\"«»]{6,80}[“”\"«»‘']")
_GREETING_NAME = re.compile(
    r"^\s*(?:hi|hey|hello|hallo|dear|liebe[rs]?|moin|servus|guten tag|sehr geehrte[rn]?)\s+"
    r"(?:(?:frau|herr|mr\.?|mrs\.?|ms\.?|dr\.?|prof\.?)\s+)*([A-ZÄÖÜ][\w-]+)",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    text = resources.files("screener").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class Signal:
    """One observation about a note; its weight comes from the group."""

    group: str
    name: str
    text: str
    value: float
    span: str


@dataclass(frozen=True)
class Features:
    """A note's signals that need no earlier request (Detector.features), around the repetition signal."""

    norm: str
    before: tuple[Signal, ...]  # cues, wrong name, library
    middle: tuple[Signal, ...]  # vocabulary, specific words, length
    after: tuple[Signal, ...]  # what only a person says


@dataclass(frozen=True)
class Prepared:
    """Detector.prepare's result: a finished Screening (empty notes) or the features to finish."""

    screening: Screening | None
    norm: str  # the normalised message, as remember() indexes it
    language: str = ""
    register: str = ""
    after_default: bool = False  # the note follows the platform's default sentence
    features: Features | None = None


def content_tokens(norm: str) -> list[str]:
    """Words that carry content: no function words, masks, or very short words."""
    return [t for t in norm.split() if len(t) > 2 and t not in STOPWORDS]


class Detector:
    """Screens requests one at a time; remembers what it saw for the repetition signal."""

    def __init__(self, guide, history: list[tuple] | None = None):
        self.guide = guide
        settings = dict(DEFAULTS)
        screening = (getattr(guide, "settings", {}) or {}).get("screening", {}) or {}
        settings.update({k: v for k, v in screening.items() if k != "weights"})
        self.settings = settings
        self.weights = dict(DEFAULT_WEIGHTS)
        self.weights.update(screening.get("weights", {}) or {})
        profile = guide.profile
        self.my_names = [profile.name, *profile.aliases]
        self._my_tokens = {fold(t) for n in self.my_names for t in re.split(r"[\s,.-]+", n) if len(t) > 1}
        # the recipient's first names and nicknames: being addressed by them means "du"
        self._first_names = tuple(
            n.split()[0] for n in [*profile.aliases, profile.name.replace("Dr. ", "").replace("Prof. ", "")]
            if n.strip() and not re.match(r"(?i)(frau|herr|dr\.?|prof\.?)$", n.split()[0])
        )
        self._works = [(w, fold(w)) for w in [*profile.works, *profile.events] if w.strip()]
        self._orgs = [(o, fold(o)) for o in profile.organisations if o.strip()]
        self._library: list[str] = []
        for entry in guide.library:
            for s in sentences(entry.text) or [entry.text]:
                n = normalise(s)
                if len(n.split()) >= 3:
                    self._library.append(n)
        self._library_sorted = [" ".join(sorted(t.split())) for t in self._library]
        self._library_words = [len(t.split()) for t in self._library]
        self._library_hits: dict[str, bool] = {}  # normalised sentence -> in the library (see _in_library)
        self._vocab = set(cues.GENERIC_VOCAB)
        for entry in guide.library:
            self._vocab.update(content_tokens(normalise(entry.text)))
        self.index = RepetitionIndex()
        for rid, _platform, sender, note, family in history or []:
            self.index.add(rid, sender, normalise(note, [sender, *self.my_names]), family)

    @classmethod
    def from_store(cls, guide, store) -> "Detector":
        """A Detector whose repetition index lives in the store (nothing loaded into memory)."""
        from screener.detect.repetition import StoredIndex

        detector = cls(guide)
        detector.index = StoredIndex(store.repetition, detector.my_names)
        detector.index.sync()  # now, before this run stores anything: its notes are looked up in memory
        return detector

    # -- public -------------------------------------------------------------------

    def remember(self, request: Request, screening: Screening, rid: object, norm: str | None = None) -> None:
        """Add the note to the repetition index (norm: prepare()'s normalised note, to save redoing it)."""
        if norm is None:
            norm = self._index_norm(request)
        self.index.add(rid if rid is not None else request.id, request.sender_name, norm, screening.family)

    def judge(self, request: Request) -> Screening:
        return self.finish(request, self.prepare(request))

    def prepare(self, request: Request) -> "Prepared":
        """Everything about a request that does not depend on earlier requests (no index lookup):
        a pure function of the request and the guide, so a scan can run it in another process."""
        note = (request.message or "").strip()
        language = detect_language(note or request.sender_headline, fallback=self._fallback_language(request))
        register = detect_register(note, language, self._first_names) if note else self._default_register(language)
        body = strip_default(note)
        if not body:
            ev = Evidence("empty", "no personal note" if not note else "only the platform's default sentence",
                          1.0, note[:120])
            return Prepared(Screening(Verdict.EMPTY, 1.0, 2, Action.ASK, language, register, (ev,)),
                            self._index_norm(request))
        features = self.features(request, body)
        # what remember() indexes is the whole message: the body unless a default sentence went
        norm = features.norm if body == request.message else self._index_norm(request)
        return Prepared(None, norm, language, register, body != note, features)

    def _index_norm(self, request: Request) -> str:
        return normalise(request.message, [request.sender_name, *self.my_names])

    def finish(self, request: Request, prepared: "Prepared") -> Screening:
        """The verdict: prepare()'s features plus the repetition index (earlier requests)."""
        if prepared.screening is not None:
            return prepared.screening
        language, register = prepared.language, prepared.register
        signals, family, repeats = self.combine(request, prepared.features)
        if prepared.after_default:
            signals.append(Signal("default", "default", "the platform's default sentence, then a note of their own",
                                  0.0, ""))
        z = self.weights["bias"] + sum(self.weights[sg.group] * sg.value for sg in signals)
        score = _sigmoid(z)
        # Start from an undecided 0.5, apply the baseline (a note that says nothing specific leans
        # towards "template"), then the signals strongest first: each delta is how far that signal
        # moved the score, and the deltas add up to (score - 0.5).
        parts = [(sg.name, sg.text, self.weights[sg.group] * sg.value, sg.span) for sg in signals]
        parts.append(("baseline", "a note starts out as a template until it says something specific",
                      self.weights["bias"], ""))
        evidence = []
        running = 0.0
        for name, text, contribution, span in sorted(parts, key=lambda p: (p[0] != "baseline", -abs(p[2]))):
            if contribution == 0.0 and name != "default":
                continue
            before = _sigmoid(running)
            running += contribution
            evidence.append(Evidence(name, text, round(_sigmoid(running) - before, 3), span, round(contribution, 2)))
        threshold = float(self.settings["boilerplate_threshold"])
        verdict = Verdict.BOILERPLATE if score >= threshold else Verdict.PERSONAL
        follow = any(sg.name == "follow-content" for sg in signals)
        # a relationship (met, worked together, referred, a question) is a reason to connect;
        # admiring the recipient's work and wanting more of it is a reason to follow (point 3)
        related = any(sg.name in RELATIONSHIP_CUES for sg in signals)
        if verdict is Verdict.PERSONAL:
            point, action = (3, Action.FOLLOW) if follow and not related else (1, Action.ACCEPT)
        else:
            point, action = (3, Action.FOLLOW) if follow else (2, Action.ASK)
        return Screening(verdict, round(score, 4), point, action, language, register, tuple(evidence), family,
                         repeats)

    def vector(self, request: Request) -> dict[str, float] | None:
        """The summed signal values per weight group (for fitting the weights); None for empty notes."""
        body = strip_default((request.message or "").strip())
        if not body:
            return None
        signals, _, _ = self.signals(request, body)
        x: dict[str, float] = {}
        for sg in signals:
            x[sg.group] = x.get(sg.group, 0.0) + sg.value
        return x

    # -- signals ------------------------------------------------------------------

    def signals(self, request: Request, note: str) -> tuple[list["Signal"], str | None, object | None]:
        return self.combine(request, self.features(request, note))

    def combine(self, request: Request, f: "Features") -> tuple[list["Signal"], str | None, object | None]:
        """The signals in their fixed order: cues and library, the repetition index, vocabulary and
        length, "no cliché" when none of the template signals fired, then what only a person says."""
        out = list(f.before)
        family = repeats = None
        norm = f.norm
        floor = float(self.settings["repeat_match"]) - 15  # a match at or below it says nothing
        rep, item = self.index.best(norm, request.sender_name, floor=floor) if len(norm.split()) >= 3 else (0.0, None)
        if item is not None and rep > floor:
            strength = min(1.0, (rep - floor) / 15)
            family = item.family or f"F{item.rid}"
            repeats = item.rid
            who = item.sender or "another sender"
            out.append(Signal("repeat", "repeat", f"{rep:.0f}% like an earlier note from {who} (#{item.rid})",
                              strength, item.norm[:80]))
        out.extend(f.middle)
        if not any(sg.group in ("generic", "sales", "merge", "vague-met", "library", "repeat") for sg in out):
            out.append(Signal("no-cliche", "no-cliche", "no networking cliché, pitch or known template", 1.0, ""))
        out.extend(f.after)
        return out, family, repeats

    def features(self, request: Request, note: str) -> "Features":
        """The signals that need no earlier request, in three runs around the repetition signal."""
        folded = fold(note)
        note_grams = cues.grams(folded)
        names = [request.sender_name, *self.my_names]
        norm = normalise(note, names)
        out: list[Signal] = []

        def cue_signals(cue_list, group):
            seen = set()
            for name, label, span in cues.find(cue_list, folded, note_grams):
                if (name, label) not in seen:
                    seen.add((name, label))
                    out.append(Signal(group, name, label, 1.0, span))

        cue_signals(cues.GENERIC, "generic")
        cue_signals(cues.SALES, "sales")
        cue_signals(cues.MERGE, "merge")
        cue_signals(cues.VAGUE_MET, "vague-met")
        wrong = self._wrong_name(note, request)
        if wrong:
            out.append(Signal("wrong-name", "wrong-name", f"the greeting names '{wrong}', not you", 1.0, wrong))

        lib_share, lib_span = self._library_share(note, names)
        if lib_share > 0:
            out.append(Signal("library", "library", f"{lib_share:.0%} of the note matches the boilerplate library",
                              lib_share, lib_span))

        before, out = out, []
        tokens = content_tokens(norm)
        if tokens:
            generic = [t for t in tokens if t in self._vocab]
            specific = [t for t in tokens if t not in self._vocab]
            share = len(generic) / len(tokens)
            out.append(Signal("generic-vocab", "generic-vocab",
                              f"{share:.0%} of its words are common in templates", share, ""))
            if specific:
                out.append(Signal("specific-words", "specific-words",
                                  f"{len(specific)} word(s) no template in the library uses",
                                  min(len(specific), 20) / 10, " ".join(specific[:6])))
        words = len(norm.split())
        if words <= 12:
            out.append(Signal("short", "short", f"a short note ({words} words)", 1.0, ""))
        middle, out = out, []

        cue_signals(cues.PERSONAL, "personal")
        for title, ftitle in self._works:
            if self._mentions(folded, ftitle):
                out.append(Signal("profile-work", "profile-work", f"names your work or event '{title}'", 1.0, title))
                break
        for org, forg in self._orgs:
            if self._mentions(folded, forg):
                out.append(Signal("profile-org", "profile-org", f"names your organisation '{org}'", 1.0, org))
                break
        person = self._third_person(note, request)
        if person:
            out.append(Signal("person", "person", f"names a person: {person}", 1.0, person))
        event = self._event(note, request)
        if event:
            out.append(Signal("event", "event", f"names an event: {event}", 1.0, event))
        q = self._concrete_question(note)
        if q:
            out.append(Signal("question", "question", "asks a concrete question", 1.0, q))
        m = _QUOTE.search(note)
        if m:
            out.append(Signal("quote", "quote", "quotes a title", 1.0, m.group(0)))
        return Features(norm, tuple(before), tuple(middle), tuple(out))

    @staticmethod
    def _mentions(folded: str, phrase: str) -> bool:
        if len(phrase) < 4:
            return False
        if phrase in folded:
            return True
        # fuzzy only when a distinctive word of the title is there at all (cheap pre-check)
        if len(phrase) >= 12 and any(w in folded for w in phrase.split() if len(w) >= 5) \
                and fuzz.partial_ratio(phrase, folded) >= 88:
            return True
        return False

    def _library_share(self, note: str, names: list[str]) -> tuple[float, str]:
        if not self._library:
            return 0.0, ""
        sents = sentences(note) or [note]
        cutoff = float(self.settings["library_match"])
        total = matched = 0
        span = ""
        known = self._library_hits
        for s in sents:
            n = normalise(s, names)
            words = len(n.split())
            if words == 0:
                continue
            total += words
            if words < 3:
                continue
            hit = known.get(n)
            if hit is None:
                hit = known[n] = self._in_library(n, words, cutoff)
                if len(known) > 20_000:  # a bound, not an LRU: template sentences come back within days
                    known.clear()
            if hit:
                matched += words
                span = span or s.strip()
        return (matched / total if total else 0.0), span

    def _in_library(self, n: str, words: int, cutoff: float) -> bool:
        """Does the normalised sentence n match a library sentence? (A pure function of n and the
        library, so _library_share keeps the answers: a template's sentences come back again and again.)"""
        # token_sort_ratio == ratio of the token-sorted strings; the library is sorted once
        hit = process.extractOne(" ".join(sorted(n.split())), self._library_sorted, scorer=fuzz.ratio,
                                 score_cutoff=cutoff)
        if hit is None and words >= 5:
            # a library sentence inside a longer one counts only if it covers most of it
            longer = [t for t, wc in zip(self._library, self._library_words) if wc >= 0.6 * words]
            hit = process.extractOne(n, longer, scorer=fuzz.partial_ratio, score_cutoff=cutoff + 5)
        return hit is not None

    def _wrong_name(self, note: str, request: Request) -> str:
        m = _GREETING_NAME.match(note)
        if not m:
            return ""
        word = m.group(1)
        f = fold(word)
        if f in self._my_tokens or f in {"there", "all", "zusammen", "team", "everyone", "friend", "ihr", "du", "sie"}:
            return ""
        if request.recipient_name and f in {fold(t) for t in request.recipient_name.split()}:
            return ""
        if f in first_names():
            return word
        return ""

    def _third_person(self, note: str, request: Request) -> str:
        own = {fold(t) for t in request.sender_name.split()} | self._my_tokens
        names = first_names()
        body = note
        gm = _GREETING_NAME.match(note)
        if gm:
            body = note[gm.end():]
        for m in _NAME_PAIR.finditer(body):
            first, last = fold(m.group(1)), fold(m.group(2))
            if first in names and first not in own and last not in own:
                return f"{m.group(1)} {m.group(2)}"
        m = _FROM_GROUP.search(body)
        if m and fold(m.group(0).split()[0].strip(",")) not in own:
            return m.group(0).strip()
        for m in _NAME_AFTER.finditer(body):
            f = fold(m.group(1))
            if f in names and f not in own:
                return m.group(1)
        return ""

    def _event(self, note: str, request: Request) -> str:
        for m in _EVENT.finditer(note):
            span = m.group(0)
            if re.match(r"(?i)guten tag|good day", span):
                continue
            if any(fold(t) in fold(span) for t in request.sender_name.split() if len(t) > 2):
                continue
            return span.strip()
        return ""

    @staticmethod
    def _concrete_question(note: str) -> str:
        for s in sentences(note):
            if s.endswith("?") and len(s.split()) >= 6 and not cues.QUESTION_CONNECT.search(s):
                return s
        return ""

    def _fallback_language(self, request: Request) -> str:
        drafts = (getattr(self.guide, "settings", {}) or {}).get("drafts", {}) or {}
        default = drafts.get("default_language", "de")
        if request.platform == "xing":
            return "de" if default not in ("de", "en") else default
        return default if default in ("de", "en") else "de"

    def _default_register(self, language: str) -> str | None:
        if language != "de":
            return None
        drafts = (getattr(self.guide, "settings", {}) or {}).get("drafts", {}) or {}
        reg = drafts.get("default_register", "sie")
        return reg if reg in ("sie", "du") else "sie"

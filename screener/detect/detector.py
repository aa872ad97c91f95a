"""Judge a request: empty, boilerplate or personal, with a score and the evidence behind it.

A note is a template until it shows something checkable that ties it to this recipient (positive
evidence): one of the profile's works, events or organisations named, a named third person, a shared
past (met, worked together, a time past), a question about a piece of the recipient's work, a quoted
title. The absence of template phrases is never evidence: a template the library has not seen, in a
language the cues do not cover, stays a template. Signals:
  * empty note or a platform default sentence (the guide's defaults/) -> verdict "empty";
  * repetition first: similarity to earlier notes of other senders (names, greetings, URLs masked),
    found through a shingle index, counted over the whole range from REPEAT_FROM up;
  * the guide's boilerplate library (fuzzy, sentence by sentence);
  * commercial intent, language-independent: links, e-mail and phone, percentages, money, big figures,
    marketing emoji; and in words: offers, calls and demos, invitations to the sender's stage, job
    seeking, network marketing, a time to come;
  * phrase cues by language (cues.py: German, English; cues_intl.py: more) for clichés, pitches and
    shared experiences; a language without cues gets the language-independent signals only;
  * the recipient's profile (works, events, organisations) and named people, events, quoted titles.
The signals are combined in logit space ("points": positive towards template) with weights that can
be overridden in the guide's settings.toml ([screening.weights]); the decision threshold lives there
too. Each verdict lists every signal with its points; the points add up to the score's logit.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from screener.detect import cues, cues_intl, features
from screener.detect.empty import strip_default
from screener.detect.language import detect_language, detect_register, guess_language
from screener.detect.repetition import RepetitionIndex
from screener.detect.textnorm import fold, normalise, sentences
from screener.detect.weights import load_weights
from screener.models import Action, Evidence, Request, Screening, Verdict

DEFAULT_WEIGHTS, PRIOR_WEIGHTS = load_weights()
# positive evidence: the groups that argue for "personal" (a negative prior weight)
EVIDENCE_GROUPS = frozenset(g for g, w in PRIOR_WEIGHTS.items() if w < 0)

RELATIONSHIP_CUES = frozenset({
    "met", "after-contact", "history", "referral", "you-did", "own-project", "thanks-for", "self-intro",
    "remember", "joined", "said-you", "person", "question",
})

DEFAULTS = {"boilerplate_threshold": 0.65, "library_match": 85, "repeat_match": 88}
REPEAT_FROM = 60.0  # similarity (0..100) from which a like earlier note counts; unrelated notes stay below
REPEAT_CLOSE = 80.0  # from here on a second weight: a near copy

# the de/en cue lists by weight group, run on every note
_BASE_CUES = (
    ("generic", cues.GENERIC), ("sales", cues.SALES), ("merge", cues.MERGE), ("vague-met", cues.VAGUE_MET),
    ("future", cues.FUTURE),
)
_EVIDENCE_CUES = (("personal", cues.PERSONAL), ("their-work", cues.THEIR_WORK), ("when", cues.WHEN),
                  ("asks-you", cues.ASKS_YOU))
_COMMERCIAL = frozenset({"sales", "future", "link", "numbers", "promo"})


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
    """A note's signals that need no earlier request (Detector.features); the repetition signal goes first."""

    norm: str
    before: tuple[Signal, ...]  # template signals: cues, wrong name, library, links, numbers
    after: tuple[Signal, ...]  # positive evidence: what only a person says


@dataclass(frozen=True)
class Prepared:
    """Detector.prepare's result: a finished Screening (empty notes) or the features to finish."""

    screening: Screening | None
    norm: str  # the normalised message, as remember() indexes it
    language: str = ""
    register: str = ""
    after_default: bool = False  # the note follows the platform's default sentence
    features: Features | None = None


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
        self.defaults = tuple(getattr(guide, "defaults", ()) or ())  # (platform, lang, sentence)
        profile = guide.profile
        self.my_names = [profile.name, *profile.aliases]
        self._my_tokens = {fold(t) for n in self.my_names for t in re.split(r"[\s,.-]+", n) if len(t) > 1}
        # the recipient's first names and nicknames: being addressed by them means "du"
        self._first_names = tuple(
            n.split()[0] for n in [*profile.aliases, profile.name.replace("Dr. ", "").replace("Prof. ", "")]
            if n.strip() and not re.match(r"(?i)(frau|herr|dr\.?|prof\.?)$", n.split()[0])
        )
        self._works = [(w, fold(w).replace("-", " ")) for w in [*profile.works, *profile.events] if w.strip()]
        self._orgs = [(o, fold(o).replace("-", " ")) for o in profile.organisations if o.strip()]
        self._topics = [fold(t) for t in profile.topics if len(t.strip()) >= 4]
        self._library: list[str] = []
        for entry in guide.library:
            for s in sentences(entry.text) or [entry.text]:
                n = normalise(s)
                if len(n.split()) >= 3:
                    self._library.append(n)
        self._library_sorted = [" ".join(sorted(t.split())) for t in self._library]
        self._library_words = [len(t.split()) for t in self._library]
        self._library_hits: dict[str, bool] = {}  # normalised sentence -> in the library (see _in_library)
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
        body = strip_default(note, self.defaults)
        fallback = guess_language(request.sender_headline, request.sender_name, self._fallback_language(request))
        language = detect_language(body or note, fallback=fallback) if (body or note) else fallback
        register = detect_register(note, language, self._first_names) if note else self._default_register(language)
        if not body:
            ev = Evidence("empty", "no personal note" if not note else "only the platform's default sentence",
                          0.0, note[:120])
            return Prepared(Screening(Verdict.EMPTY, 1.0, 2, Action.ASK, language, register, (ev,)),
                            self._index_norm(request))
        feats = self.features(request, body, language)
        # what remember() indexes is the whole message: the body unless a default sentence went
        norm = feats.norm if body == request.message else self._index_norm(request)
        return Prepared(None, norm, language, register, body != note, feats)

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
        evidence, z = self.explain(signals)
        score = _sigmoid(z)
        threshold = float(self.settings["boilerplate_threshold"])
        positive = any(self.weights.get(sg.group, 0.0) * sg.value < 0 for sg in signals)
        # without positive evidence the verdict is template, whatever the weights say (when in doubt, ask)
        verdict = Verdict.BOILERPLATE if score >= threshold or not positive else Verdict.PERSONAL
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

    def explain(self, signals: list["Signal"]) -> tuple[list[Evidence], float]:
        """The evidence lines, in points (logit units, + towards template), strongest first after the
        baseline, and their sum: the score is sigmoid(sum). Signals of one kind with one text
        (the two repetition weights) make one line."""
        parts: dict[tuple[str, str], list] = {}
        for sg in signals:
            key = (sg.name, sg.text)
            points = self.weights.get(sg.group, 0.0) * sg.value
            if key in parts:
                parts[key][0] += points
            else:
                parts[key] = [points, sg.span]
        lines = [("baseline", "a note is a template until it shows something that ties it to you",
                  round(self.weights["bias"], 2), "")]
        rest = [(name, text, round(p, 2), span) for (name, text), (p, span) in parts.items()
                if round(p, 2) or name == "default"]
        lines += sorted(rest, key=lambda p: -abs(p[2]))
        evidence = [Evidence(name, text, points, span, points) for name, text, points, span in lines]
        return evidence, sum(p for _, _, p, _ in lines)

    def vector(self, request: Request) -> dict[str, float] | None:
        """The summed signal values per weight group (for fitting the weights); None for empty notes."""
        note = (request.message or "").strip()
        body = strip_default(note, self.defaults)
        if not body:
            return None
        fallback = guess_language(request.sender_headline, request.sender_name, self._fallback_language(request))
        signals, _, _ = self.combine(request, self.features(request, body, detect_language(body, fallback)))
        x: dict[str, float] = {}
        for sg in signals:
            x[sg.group] = x.get(sg.group, 0.0) + sg.value
        return x

    # -- signals ------------------------------------------------------------------

    def combine(self, request: Request, f: "Features") -> tuple[list["Signal"], str | None, object | None]:
        """The signals in their fixed order: repetition first, then the note's own template signals,
        then its positive evidence."""
        out: list[Signal] = []
        family = repeats = None
        norm = f.norm
        if len(norm.split()) >= 3:
            rep, item = self.index.best(norm, request.sender_name, floor=REPEAT_FROM)
            if item is not None and rep > REPEAT_FROM:
                family = item.family or f"F{item.rid}"
                repeats = item.rid
                who = item.sender or "another sender"
                text = f"{rep:.0f}% like an earlier note from {who} (#{item.rid})"
                span = item.norm[:80]
                out.append(Signal("repeat", "repeat", text, min(1.0, (rep - REPEAT_FROM) / (REPEAT_CLOSE - REPEAT_FROM)),
                                  span))
                if rep > REPEAT_CLOSE:
                    out.append(Signal("repeat-close", "repeat", text, (rep - REPEAT_CLOSE) / (100 - REPEAT_CLOSE), span))
        out.extend(f.before)
        out.extend(f.after)
        return out, family, repeats

    def features(self, request: Request, note: str, language: str = "") -> "Features":
        """The signals that need no earlier request: template signals, then positive evidence."""
        folded = fold(note)
        note_grams = cues.grams(folded)
        names = [request.sender_name, *self.my_names]
        norm = normalise(note, names)
        extra = cues_intl.CUES.get(language, {})
        out: list[Signal] = []
        seen: set[tuple[str, str]] = set()

        def cue_signals(cue_list, group):
            for name, label, span in cues.find(cue_list, folded, note_grams):
                if (name, label) not in seen:
                    seen.add((name, label))
                    out.append(Signal(group, name, label, 1.0, span))

        for group, cue_list in _BASE_CUES:
            cue_signals(cue_list, group)
        for group in ("generic", "sales", "future"):
            if group in extra:
                cue_signals(extra[group], group)
        wrong = features.wrong_name(note, self._my_tokens, request.recipient_name)
        if wrong:
            out.append(Signal("wrong-name", "wrong-name", f"the greeting names '{wrong}', not you", 1.0, wrong))
        lib_share, lib_span = self._library_share(note, names)
        if lib_share > 0:
            out.append(Signal("library", "library", f"{lib_share:.0%} of the note matches the boilerplate library",
                              lib_share, lib_span))
        found = features.link(note)
        if found:
            out.append(Signal("link", "link", "a link, address or phone number", 1.0, found))
        found = features.numbers(note)
        if found:
            out.append(Signal("numbers", "numbers", "figures: a percentage, money or a big number", 1.0, found))
        promo = features.promo_emoji(note)
        if promo:
            out.append(Signal("promo", "promo", "marketing emoji", min(promo, 3) / 3, ""))
        before, out = out, []
        commercial = any(sg.group in _COMMERCIAL for sg in before)

        for group, cue_list in _EVIDENCE_CUES:
            cue_signals(cue_list, group)
        for group in ("personal", "their-work", "when"):
            if group in extra:
                cue_signals(extra[group], group)
        year = request.date.year if request.date else 9999
        past = features.shared_past(note, year)
        if past:
            out.append(Signal("shared-past", "shared-past", "tells of a shared past with a time, place or occasion",
                              1.0, past))
        spaced = folded.replace("-", " ")
        for title, ftitle in self._works:
            if self._mentions(spaced, ftitle):
                out.append(Signal("profile-work", "profile-work", f"names your work or event '{title}'", 1.0, title))
                break
        for org, forg in self._orgs:
            if self._mentions(spaced, forg):
                out.append(Signal("profile-org", "profile-org", f"names your organisation '{org}'", 1.0, org))
                break
        person = features.third_person(note, request.sender_name, self._my_tokens)
        if person:
            out.append(Signal("person", "person", f"names a person: {person}", 1.0, person))
        ev = features.event(note, request.sender_name)
        if ev:
            out.append(Signal("event", "event", f"names an event: {ev}", 1.0, ev))
        found = features.past_year(note.replace(ev, " ") if ev else note, year)  # not the year in "LogiMAT 2025"
        if found:
            out.append(Signal("when", "year", "names a year gone by", 1.0, found))
        if not commercial:
            q = self._question(note, any(sg.group == "their-work" for sg in out))
            if q:
                out.append(Signal("question", "question", "asks about a piece of your work", 1.0, q))
        m = features.QUOTE.search(note)
        if m:
            out.append(Signal("quote", "quote", "quotes a title", 1.0, m.group(0)))
        return Features(norm, tuple(before), tuple(out))

    @staticmethod
    def _mentions(folded: str, phrase: str) -> bool:
        """The note names the title or organisation: as written, nearly (fuzzy), or by two of its
        distinctive words ("your Praxisleitfaden on the Lieferkettengesetz")."""
        if len(phrase) < 4:
            return False
        if phrase in folded:
            return True
        long_words = [w for w in re.findall(r"\w{6,}", phrase)]
        if len(long_words) >= 2 and sum(1 for w in set(long_words) if w[:-1] in folded) >= 2:
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

    def _question(self, note: str, their_work: bool) -> str:
        """A question about the recipient's work: it names a piece of it ("your talk"), one of the
        profile's topics, or it is long and addressed to them. Not one about connecting."""
        for s in sentences(note):
            if not (s.endswith("?") and len(s.split()) >= 5) or cues.QUESTION_CONNECT.search(s):
                continue
            fs = fold(s)
            if their_work or any(t in fs for t in self._topics) or len(s.split()) >= 10:
                return s
        return ""

    def _fallback_language(self, request: Request) -> str:
        drafts = (getattr(self.guide, "settings", {}) or {}).get("drafts", {}) or {}
        default = drafts.get("default_language", "de")
        if request.platform == "xing":
            return "de"
        return default

    def _default_register(self, language: str) -> str | None:
        if language != "de":
            return None
        drafts = (getattr(self.guide, "settings", {}) or {}).get("drafts", {}) or {}
        reg = drafts.get("default_register", "sie")
        return reg if reg in ("sie", "du") else "sie"

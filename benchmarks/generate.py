"""Seeded generator of realistic XING/LinkedIn notification mail for the benchmarks.

Everything is synthetic and reproducible (same seed, same bytes). The notes are drawn from the
labelled corpora in tests/data/*/requests.jsonl and varied:

* template families (~45 % of requests): a corpus boilerplate note with the sender's own name
  swapped in and, often, a small edit (a dropped or doubled word, a typo, an extra closing line),
  so each family grows into hundreds of near-duplicates from many senders;
* personal notes (~30 %): sentences of two corpus personal notes of the same language recombined,
  plus a sentence with specific details (a city, an event, a topic, a month) so they stay unique;
* empty requests (~25 %): no note, or the platform's default sentence.

About a fifth of the mailbox is unrelated mail: XING job digests and messages, LinkedIn
"people you may know" and newsletters (these pass the server-side sender SEARCH, are fetched and
parsed and then ignored) and shop newsletters (never fetched).

LinkedIn invitations are multipart text + HTML shaped after tests/data/mail/linkedin-invite-note-en.eml
and padded with "people you may know" blocks to ~20-25 KB, the size of the real 2020 sample;
XING requests are text/plain like tests/data/mail/xing-request-note.eml.

    python benchmarks/generate.py --count 10000 --maildir /tmp/bench-mail   # a Maildir
    python benchmarks/generate.py --count 1000 --dovecot                    # a throw-away Dovecot, prints login
"""

from __future__ import annotations

import argparse
import json
import quopri
import random
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
RECIPIENT = ("Mareike", "Sommerfeld", "mareike@sommerfeld-advisory.example")
START = datetime(2019, 1, 1, 8, 0, tzinfo=timezone.utc)

FIRST = ("Andreas Birgit Carsten Daniela Dennis Doris Florian Franziska Gabriele Hendrik Ina Jan Jennifer Jörg "
         "Karin Kerstin Klaus Lukas Manuela Marcel Marion Martin Melanie Michael Nadine Patrick Petra Ralf Sandra "
         "Sebastian Silke Stefan Susanne Thorsten Ute Uwe Vanessa Wolfgang Yvonne Alexander Anke Bernd Christina "
         "Dominik Elena Fabian Heiko Isabel Jochen Katja Maximilian Nicole Oliver Philipp Regina Simone Timo "
         "Verena Dirk Tanja Holger Sabrina Jens Anja Marco Lisa René Miriam Torsten Svenja James Emma Rahul "
         "Priyanka Sophie Lucas Chiara Matteo Anna Piotr Daan Lotte Ryan Megan Liam Olivia Chloe Ethan Amelia "
         "Vikram Neha Sakura Kenji Wei Carlos Ana Javier Elif Burak Ahmed Fatou Kwame Grace Jonas Ingrid Aino "
         "Tomás Andrei Nikos Hannah Felix Julia Tobias David Rebecca Sarah Daniel Kevin Natalie Rohan Omar Leila "
         "Victor Camille Giulia Ben Lucy George").split()
LAST = ("Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder "
        "Neumann Schwarz Zimmermann Braun Hofmann Hartmann Lange Schmitt Werner Krause Meier Lehmann Schmid "
        "Schulze Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß "
        "Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke "
        "Albrecht Schuster Simon Ludwig Böhm Winter Kraus Krüger Heinrich Brandt Stein Dietrich Ziegler Kuhn Pohl "
        "Engel Horn Busch Bergmann Voigt Sauer Arnold Wolff Pfeiffer Jäger Ernst Haas Seidel Otto Sommer Graf "
        "Carter Thompson Sharma Iyer Martin Dubois Rossi Conti Nowak Bakker Jansen Walsh Murphy Harris Robinson "
        "Evans Clarke Wright Patel Gupta Reddy Ito Watanabe Zhang Mendes Oliveira García López Kaya Şahin Diallo "
        "Mensah Adeyemi Andersson Nilsson Virtanen Novák Horváth Ionescu Georgiou Cohen Kim Park Lee Brooks").split()
HEADLINES = [
    "Senior Talent Acquisition Partner | Supply Chain & Operations | DACH", "Account Executive at RouteMind AI",
    "Business Development Manager | AI for Logistics", "Geschäftsführer | LinkedIn-Kundengewinnung für Berater",
    "Inhaber einer Unternehmensberatung | Prozesse & Strategie", "Projektmanagerin", "Key Account Manager",
    "Disponent bei Spedition Heinrich Wulff", "Supply Chain Manager", "Founder & CEO, SupplyChainCircle",
    "Finanzberater für Selbstständige & Freiberufler", "Business Coach for Consultants", "Student at TU Hamburg",
    "Head of Operations, Nordsped GmbH", "Einkaufsleiterin, Hanse Handelskontor", "Data Scientist at Rheinmetall",
]
CITIES = ("Hamburg Bremen Köln Leipzig Dresden Kiel Lübeck Hannover Münster Freiburg Mainz Rostock Erfurt Kassel "
          "Bielefeld Rotterdam Antwerpen Wien Zürich Basel Graz Danzig Aarhus Malmö Lyon Turin Porto").split()
EVENTS = ("LogiMAT", "transport logistic", "Hafengeburtstag-Panel", "SCM-Stammtisch", "Deutscher Logistik-Kongress",
          "ProcureCon", "Fachtagung Kontraktlogistik", "Barcamp Lieferkette", "Women in Logistics Dinner",
          "IHK-Abend Außenhandel", "Hackathon Routenplanung", "Supply Chain Summit", "Lean Days")
TOPICS_DE = ("Tourenplanung", "Lieferantenbewertung", "Lagerkennzahlen", "Zollabwicklung", "Kühlkette",
             "Retourenprozesse", "CO2-Bilanzierung der Transporte", "Ausschreibungen im Straßengüterverkehr",
             "Sendungsverfolgung", "Palettentausch", "S&OP-Prozesse", "Lieferkettengesetz")
TOPICS_EN = ("route planning", "supplier scorecards", "warehouse KPIs", "customs clearance", "the cold chain",
             "returns handling", "transport emissions", "freight tenders", "track and trace", "pallet exchange",
             "S&OP", "supply chain due diligence")
MONTHS_DE = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
SPECIFIC_DE = [
    "Seit unserem Gespräch auf der {event} in {city} im {month} denke ich über Ihren Punkt zu {topic} nach.",
    "Ihr Hinweis zu {topic} beim {event} hat uns in {city} tatsächlich {n} Wochen Arbeit erspart.",
    "Wir sitzen in {city} gerade an genau dieser Frage zu {topic} – Ihr Vortrag im {month} kam wie gerufen.",
    "Mein Kollege aus {city} hat mir nach dem {event} von Ihrem Ansatz zu {topic} erzählt.",
]
SPECIFIC_EN = [
    "Since we talked at {event} in {city} in {month} I keep coming back to your point about {topic}.",
    "Your remark on {topic} at {event} saved our team in {city} about {n} weeks of work.",
    "We are wrestling with {topic} in {city} right now, so your talk in {month} came at the right time.",
    "A colleague from {city} told me about your approach to {topic} after {event}.",
]
CLOSERS = ["Have a great week!", "Looking forward to it.", "Beste Grüße", "Viele Grüße aus dem Norden",
           "Schönes Wochenende!", "Cheers", "Thanks in advance.", "Danke und bis bald"]


def _load_corpora() -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {"boilerplate": [], "personal": [], "empty": []}
    # the four corpora the cues were written from: the blind ones (corpus5, corpus6) only measure
    for path in (DATA / name / "requests.jsonl" for name in ("corpus", "corpus3", "corpus4", "heldout")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                if rec.get("label") in out:
                    out[rec["label"]].append(rec)
    return out


def _default_notes() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from screener.platforms import DEFAULT_NOTES

    return [s for lang in ("en", "de") for s in DEFAULT_NOTES[lang]]


_SENT = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Note:
    """One generated request (before it becomes a mail)."""

    seq: int
    platform: str
    sender_name: str
    sender_headline: str
    message: str
    kind: str  # "template" | "personal" | "empty"
    date: datetime


class Notes:
    """An endless, seeded stream of contact requests."""

    def __init__(self, seed: int = 6, mix: tuple[float, float, float] = (0.45, 0.30, 0.25)):
        self.rng = random.Random(seed)
        self.mix = mix
        corpora = _load_corpora()
        self.templates = [r for r in corpora["boilerplate"] if r["message"].strip()]
        self.personal = {"de": [], "en": []}
        for r in corpora["personal"]:
            if r["message"].strip():
                self.personal["de" if r.get("language") == "de" else "en"].append(r)
        self.defaults = _default_notes()
        self.seq = 0
        self.date = START

    def _name(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}"

    @staticmethod
    def _swap_sender(text: str, old: str, new: str) -> str:
        old_parts, new_parts = old.split(), new.split()
        text = text.replace(old, new)
        if old_parts and new_parts:
            text = re.sub(rf"\b{re.escape(old_parts[0])}\b", new_parts[0], text)
            text = text.replace("{sf}", new_parts[0]).replace("{sn}", new)
        return text

    def _mutate(self, text: str) -> str:
        rng = self.rng
        r = rng.random()
        words = text.split(" ")
        if r < 0.25 and len(words) > 6:  # drop a word
            del words[rng.randrange(1, len(words) - 1)]
        elif r < 0.40 and len(words) > 6:  # double a word
            i = rng.randrange(1, len(words) - 1)
            words.insert(i, words[i])
        elif r < 0.60 and len(words) > 3:  # a typo
            i = rng.randrange(len(words))
            w = words[i]
            if len(w) > 4:
                j = rng.randrange(1, len(w) - 1)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        elif r < 0.75:
            words.append(rng.choice(CLOSERS))
        return " ".join(words)

    def _specific(self, lang: str) -> str:
        rng = self.rng
        pool, topics, months = (SPECIFIC_DE, TOPICS_DE, MONTHS_DE) if lang == "de" else (SPECIFIC_EN, TOPICS_EN,
                                                                                         MONTHS_EN)
        return rng.choice(pool).format(event=rng.choice(EVENTS), city=rng.choice(CITIES), month=rng.choice(months),
                                       topic=rng.choice(topics), n=rng.randint(2, 9))

    def next(self) -> Note:
        rng = self.rng
        self.seq += 1
        self.date += timedelta(minutes=rng.randint(5, 600))
        name = self._name()
        r = rng.random()
        if r < self.mix[0]:
            seed = rng.choice(self.templates)
            text = self._swap_sender(seed["message"], seed["sender_name"], name)
            if rng.random() < 0.6:
                text = self._mutate(text)
            kind, platform = "template", seed["platform"]
        elif r < self.mix[0] + self.mix[1]:
            lang = "de" if rng.random() < 0.5 else "en"
            a, b = rng.sample(self.personal[lang], 2)
            sa = _SENT.split(self._swap_sender(a["message"], a["sender_name"], name))
            sb = _SENT.split(self._swap_sender(b["message"], b["sender_name"], name))
            cut = max(1, len(sa) // 2)
            parts = sa[:cut] + [self._specific(lang)] + sb[len(sb) // 2:]
            text = " ".join(parts)
            kind, platform = "personal", a["platform"]
        else:
            text = "" if rng.random() < 0.5 else rng.choice(self.defaults)
            kind, platform = "empty", "linkedin" if rng.random() < 0.7 else "xing"
            if platform == "xing" and text:
                text = ""
        return Note(self.seq, platform, name, rng.choice(HEADLINES), text, kind, self.date)

    def __iter__(self) -> Iterator[Note]:
        while True:
            yield self.next()


# -- rendering ------------------------------------------------------------------------------------

def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _header_words(text: str) -> str:
    if text.isascii():
        return text
    return "=?utf-8?q?" + quopri.encodestring(text.encode("utf-8"), header=True).decode("ascii") + "?="


def _slug(name: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    return re.sub(r"[^a-z0-9]+", "-", name.lower().translate(table)).strip("-")


_PYMK = ('<tr> <td style="padding:8px 24px;"> <table border="0" cellpadding="0" cellspacing="0" width="100%"> '
         '<tbody> <tr> <td width="56"><a href="https://www.linkedin.com/comm/in/{slug}?midToken={tok}&amp;'
         'trk=eml-email_m2m_invite_single_01-pymk-{i}-prof%7Ecta"><img alt="" height="56" width="56" '
         'src="https://media.licdn.com/dms/image/{tok}/profile-displayphoto-shrink_100_100/0"/></a></td> '
         '<td style="padding-left:12px;"><a href="https://www.linkedin.com/comm/in/{slug}?midToken={tok}" '
         'style="color:#262626;font-weight:700;font-size:14px;">{name}</a> <p style="margin:0;color:#737373;'
         'font-size:12px;">{headline}</p></td> <td align="right"><a href="https://www.linkedin.com/comm/'
         'mynetwork/invite-connect/{tok}?trk=eml-email_m2m_invite_single_01-pymk-{i}-connect%7Ecta" '
         'style="color:#0A66C2;border:1px solid #0A66C2;border-radius:16px;padding:4px 12px;">Connect</a>'
         '</td> </tr> </tbody> </table></td> </tr> ')


class Renderer:
    def __init__(self, seed: int = 6):
        self.rng = random.Random(seed * 7919 + 1)

    def _tok(self, n: int = 14) -> str:
        return "".join(self.rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                       for _ in range(n))

    def request(self, note: Note) -> bytes:
        return self.linkedin(note) if note.platform == "linkedin" else self.xing(note)

    def linkedin(self, n: Note) -> bytes:
        rcpt_first, rcpt_last, rcpt_addr = RECIPIENT
        slug = f"{_slug(n.sender_name)}-{n.seq:x}"
        tok = self._tok()
        inv = self.rng.randrange(10**18, 10**19)
        body_note = n.message or "I'd like to join your LinkedIn network."
        text = (f"Hi {rcpt_first},\n\n{body_note}\n\n{n.sender_name}\n{n.sender_headline}\n\n\n"
                f"View profile: https://www.linkedin.com/comm/in/{slug}?midToken={tok}&trk=eml-email_m2m_invite_"
                f"single_01-hero-5-prof%7Ecta\n\nAccept: https://www.linkedin.com/comm/mynetwork/invite-accept/"
                f"invitationId/{inv}/sharedKey/{tok[:8]}/?midToken={tok}&trk=eml-email_m2m_invite_single_01-null-"
                f"0-accept%7Ecta\n\n.....................................\n\nUnsubscribe: https://www.linkedin.com/"
                f"e/v2?e={tok}&t=lun&ek=email_m2m_invite_single_01&li=20&m=unsub&ts=unsub\n\nYou are receiving "
                f"Invitation emails.\n\nThis email was intended for {rcpt_first} {rcpt_last} (Supply Chain "
                f"Advisory).\n\n© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.\n")
        esc = (body_note.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
        pymk = "".join(_PYMK.format(slug=f"{_slug(self.rng.choice(FIRST))}-{self._tok(6).lower()}", tok=self._tok(),
                                    i=i, name=f"{self.rng.choice(FIRST)} {self.rng.choice(LAST)}",
                                    headline=self.rng.choice(HEADLINES)) for i in range(18))
        html = (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/'
            'xhtml1-transitional.dtd"> <html xmlns="http://www.w3.org/1999/xhtml" lang="en"> <head> <meta '
            'http-equiv="Content-Type" content="text/html;charset=utf-8"/> <style type="text/css">@media only '
            'screen and (max-width:32em) { .phoenix-email-container { width:100% !important; } }</style> </head> '
            '<body style="padding:0;margin:0 auto;width:100% !important;font-family:Helvetica,Arial,sans-serif;">'
            f' <div style="overflow:hidden;color:transparent;visibility:hidden;width:0;font-size:0;opacity:0;'
            f'height:0;"> Hi {rcpt_first}, {esc[:60]} </div> <table align="center" bgcolor="#EDF0F3" border="0" '
            'cellpadding="0" cellspacing="0" width="100%"> <tbody> <tr> <td align="center"> <center> <table '
            'bgcolor="#FFFFFF" border="0" cellpadding="0" cellspacing="0" class="phoenix-email-container" '
            'width="512"> <tbody> <tr> <td> <table border="0" cellpadding="0" cellspacing="0" width="100%"> '
            '<tbody> <tr> <td align="left" colspan="2" id="qatest-hero-headline" style="padding:0 24px 16px 24px;">'
            f' <p style="margin:0;color:#4C4C4C;font-size:16px;">Hi {rcpt_first}, {esc}</p></td> </tr> <tr> '
            f'<td id="qatest-hero-profileinfo" valign="top"><a href="https://www.linkedin.com/comm/in/{slug}?'
            f'midToken={tok}&amp;trk=eml-email_m2m_invite_single_01-hero-5-prof%7Ecta" style="color:#262626;"> '
            f'<span style="color:#262626;font-weight:700;font-size:16px;">{n.sender_name}</span></a> <p '
            f'style="margin:0;color:#737373;font-size:14px;">{n.sender_headline.replace("&", "&amp;")}</p></td> '
            f'</tr> <tr> <td align="left"> <span id="qatest-cta-accept"><a href="https://www.linkedin.com/comm/'
            f'mynetwork/invite-accept/invitationId/{inv}/sharedKey/{tok[:8]}/?midToken={tok}" target="_blank">'
            f'Accept</a></span> <span id="qatest-cta-profile"><a href="https://www.linkedin.com/comm/in/{slug}?'
            f'midToken={tok}" target="_blank">View profile</a></span></td> </tr> </tbody> </table></td> </tr> '
            f'<tr> <td style="padding:16px 24px 0 24px;font-size:16px;font-weight:700;">People you may know</td> '
            f'</tr> {pymk}<tr> <td align="center"> <p style="margin:0;color:#737373;font-size:12px;">This email '
            f'was intended for {rcpt_first} {rcpt_last} (Supply Chain Advisory). <a href="https://www.linkedin.com'
            '/e/v2?a=customerServiceUrl&amp;articleId=4788">Learn why we included this.</a></p></td> </tr> '
            '</tbody> </table> </center></td> </tr> </tbody> </table> </body> </html>')
        boundary = f"==============={self.rng.randrange(10**18, 10**19)}=="
        subject = f"{rcpt_first}, please add me to your LinkedIn network"
        head = (f"From: {_header_words(n.sender_name)} <invitations@linkedin.com>\n"
                f"Message-ID: <{n.seq}.{tok}.JavaMail.app@ltx1-app{n.seq % 97}.prod.linkedin.com>\n"
                f"Subject: {subject}\nMIME-Version: 1.0\n"
                f"To: {rcpt_first} {rcpt_last} <{rcpt_addr}>\nDate: {format_datetime(n.date)}\n"
                "X-LinkedIn-Class: INVITE-MBR\nX-LinkedIn-Template: email_m2m_invite_single_01\n"
                f"X-LinkedIn-Id: {tok.lower()}\nFeedback-ID: email_m2m_invite_single_01:linkedin\n"
                f'Content-Type: multipart/alternative;\n boundary="{boundary}"\n\n')
        parts = (f"--{boundary}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: "
                 f"quoted-printable\n\n{_qp(text)}\n--{boundary}\nContent-Type: text/html; charset=\"utf-8\"\n"
                 f"Content-Transfer-Encoding: quoted-printable\n\n{_qp(html)}\n--{boundary}--\n")
        return (head + parts).encode("ascii")

    def xing(self, n: Note) -> bytes:
        rcpt_first, rcpt_last, rcpt_addr = RECIPIENT
        tok = self._tok(22).lower()
        quote = f"\u201e{n.message}\u201c\n\n" if n.message else ""
        says = " und schreibt:" if n.message else "."
        profile = n.sender_name.replace(" ", "_") + str(n.seq)
        text = (f"Hallo {rcpt_first},\n\n{n.sender_name} möchte sich mit Dir auf XING vernetzen{says}\n\n{quote}"
                f"{n.sender_name}\n{n.sender_headline}\n\nProfil ansehen:\n=> https://www.xing.com/m/{tok[:22]}\n\n"
                f"Direkt zum Profil: https://www.xing.com/profile/{profile}/cv?sc_o=mxb_p&sc_p=da_contact_request\n\n"
                f"Kontaktanfrage bestätigen:\n=> https://www.xing.com/m/{self._tok(22)}\n\n"
                f"Alle offenen Kontaktanfragen:\n=> https://www.xing.com/m/{self._tok(22)}\n\n{'-' * 80}\n\n"
                "Du erhältst diese E-Mail, weil Du bei XING Benachrichtigungen zu Kontaktanfragen aktiviert hast.\n"
                f"Benachrichtigungen verwalten:\n=> https://www.xing.com/m/{self._tok(22)}\n\n{'-' * 80}\n"
                "XING ist ein Angebot der New Work SE · Am Strandkai 1 · 20457 Hamburg\n")
        head = (f"From: XING <mailrobot@mail.xing.com>\nMessage-ID: <{tok}{n.seq}@mail.xing.com>\n"
                f"Subject: {_header_words(n.sender_name + ' möchte sich mit Dir vernetzen')}\nMIME-Version: 1.0\n"
                f"To: {rcpt_first} {rcpt_last} <{rcpt_addr}>\nDate: {format_datetime(n.date)}\n"
                'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n')
        return (head + _qp(text)).encode("ascii")

    def unrelated(self, seq: int, date: datetime) -> bytes:
        rng = self.rng
        kind = rng.choice(["xing-jobs", "xing-message", "linkedin-pymk", "linkedin-news", "shop", "shop"])
        rcpt_first, rcpt_last, rcpt_addr = RECIPIENT
        tok = self._tok(20).lower()
        if kind == "xing-jobs":
            frm, subject = "XING Jobs <jobs@mail.xing.com>", f"{rng.randint(3, 9)} neue Stellenangebote für Dich"
            body = "Hallo Mareike,\n\nhier sind neue Stellenangebote:\n\n" + "".join(
                f"{'-' * 40}\n{rng.choice(HEADLINES)}\n{rng.choice(CITIES)}\n=> https://www.xing.com/m/{self._tok(22)}\n"
                for _ in range(6))
        elif kind == "xing-message":
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            frm, subject = "XING <mailrobot@mail.xing.com>", f"Neue Nachricht von {name}"
            body = (f"Hallo Mareike,\n\n{name} hat Dir eine Nachricht geschickt:\n\nDanke fürs Annehmen! Hast Du "
                    f"nächste Woche Zeit für einen kurzen Call zu {rng.choice(TOPICS_DE)}?\n\nViele Grüße\n"
                    f"{name.split()[0]}\n\nNachricht beantworten:\n=> https://www.xing.com/m/{self._tok(22)}\n")
        elif kind == "linkedin-pymk":
            frm, subject = "LinkedIn <messages-noreply@linkedin.com>", "Mareike, people you may know"
            body = "Hi Mareike,\n\nPeople you may know:\n\n" + "".join(
                f"{rng.choice(FIRST)} {rng.choice(LAST)}\n{rng.choice(HEADLINES)}\nConnect: "
                f"https://www.linkedin.com/comm/in/{self._tok(10).lower()}\n\n" for _ in range(8))
        elif kind == "linkedin-news":
            frm, subject = "LinkedIn News <editors-noreply@linkedin.com>", f"Top stories: {rng.choice(TOPICS_EN)}"
            body = "Here is what people are talking about today.\n\n" + "\n".join(
                f"* {rng.choice(TOPICS_EN).capitalize()} in {rng.choice(CITIES)}" for _ in range(10)) + "\n"
        else:
            frm, subject = "Shop <news@shop.example>", f"Our weekly deals #{seq}"
            body = "Big savings this week.\n" * 20
        extra = "X-LinkedIn-Template: email_pymk_02\n" if kind == "linkedin-pymk" else ""
        head = (f"From: {frm}\nMessage-ID: <{kind}-{seq}-{tok}@bench.example>\nSubject: {_header_words(subject)}\n"
                f"MIME-Version: 1.0\nTo: {rcpt_first} {rcpt_last} <{rcpt_addr}>\nDate: {format_datetime(date)}\n"
                f'{extra}Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n')
        return (head + _qp(body)).encode("ascii")


def mails(count: int, seed: int = 6, unrelated: float = 0.2) -> Iterator[bytes]:
    """`count` mails: contact requests with unrelated mail mixed in, oldest first."""
    notes = Notes(seed)
    render = Renderer(seed)
    mix = random.Random(seed + 1)
    for i in range(count):
        if mix.random() < unrelated:
            notes.date += timedelta(minutes=7)
            yield render.unrelated(i, notes.date)
        else:
            yield render.request(notes.next())


def write_maildir(path: Path, count: int, seed: int = 6) -> int:
    """A Maildir (cur/new/tmp) with `count` mails; returns the bytes written."""
    for sub in ("cur", "new", "tmp"):
        (path / sub).mkdir(parents=True, exist_ok=True)
    total = 0
    base = 1_600_000_000
    for i, data in enumerate(mails(count, seed)):
        name = f"{base + i}.M{i}P{seed}.bench:2,S"
        (path / "cur" / name).write_bytes(data)
        total += len(data)
    return total


def seed_dovecot(srv, user: str, count: int, seed: int = 6, chunk: int = 2000) -> int:
    """Drop `count` mails into the user's INBOX of a tests/imapserver.Dovecot (files, owned right)."""
    total = 0
    buf: list[bytes] = []
    for data in mails(count, seed):
        buf.append(data)
        total += len(data)
        if len(buf) >= chunk:
            srv.seed(user, buf)
            buf = []
    if buf:
        srv.seed(user, buf)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=1000, help="mails (e.g. 1000, 10000, 100000)")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--maildir", type=Path, help="write a Maildir here")
    ap.add_argument("--dovecot", action="store_true", help="start a throw-away Dovecot, seed it, wait for Ctrl-C")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    if args.maildir:
        size = write_maildir(args.maildir, args.count, args.seed)
        print(f"{args.count} mails, {size / 1e6:.1f} MB in {args.maildir} ({time.monotonic() - t0:.1f} s)")
    if args.dovecot:
        sys.path.insert(0, str(ROOT / "tests"))
        from imapserver import Dovecot, find_dovecot

        srv = Dovecot.create(find_dovecot() or sys.exit("dovecot is not installed"))
        try:
            user, password = srv.add_user()
            size = seed_dovecot(srv, user, args.count, args.seed)
            print(f"{args.count} mails ({size / 1e6:.1f} MB) for {user} / {password} on 127.0.0.1:{srv.port} "
                  f"(plain + STARTTLS, CA {srv.ca_file}); Ctrl-C stops the server")
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            srv.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

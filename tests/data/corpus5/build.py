#!/usr/bin/env python3
"""Build requests.jsonl for corpus5 (persona: Veronika Hammerschmid, APN Intensivpflege, Wien).

All texts are hand-written below. Dates are drawn with a fixed seed inside per-record
windows (so that notes never mention an event before it happened), then sorted; ids are
assigned in date order. Run:  python3 build.py  (writes requests.jsonl next to this file).
"""
import json
import os
import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

SEED = 20240304
TZ = ZoneInfo("Europe/Vienna")
START = "2024-03-04"
END = "2025-02-27"

RECORDS = []


def rec(pf, name, head, msg, label, lang, reason, reg=None, refers=(), asks=(),
        action=None, win=None):
    if action is None:
        action = {"empty": "ask", "boilerplate": "ask", "personal": "accept"}[label]
    return {
        "platform": pf, "sender_name": name, "sender_headline": head, "message": msg,
        "label": label, "action": action, "language": lang, "register": reg,
        "family": None, "reason": reason, "refers_to": list(refers), "asks": list(asks),
        "_win": win,
    }


def family(fid, members):
    for m in members:
        m["family"] = fid
    RECORDS.append(("family", members))


def single(r):
    RECORDS.append(("single", [r]))


B = "boilerplate"
P = "personal"
E = "empty"
X = "xing"
L = "linkedin"

# ---------------------------------------------------------------------------
# TEMPLATE FAMILIES (boilerplate)
# ---------------------------------------------------------------------------

family("F01-24h-agentur-partnerprogramm", [
    rec(X, "Andrea Kovács", "Partnerbetreuung | CuraVita 24 – 24-Stunden-Betreuung mit Herz",
        "Grüß Gott Frau Hammerschmid, wir von CuraVita 24 vermitteln seit über 10 Jahren qualifizierte 24-Stunden-Betreuerinnen in ganz Österreich. Gerade beim Entlassungsmanagement sehen wir täglich, wie wichtig ein verlässlicher Partner ist. Gerne würde ich Ihnen unser Partnerprogramm für Gesundheitseinrichtungen vorstellen – für jede erfolgreiche Vermittlung gibt es eine Anerkennung. Ich freue mich auf die Vernetzung!",
        B, "de", "24h-care agency referral-bonus pitch; nothing about her, sent to discharge-related staff at large.",
        reg="sie", asks=["Gerne würde ich Ihnen unser Partnerprogramm für Gesundheitseinrichtungen vorstellen"]),
    rec(X, "Miroslav Šebo", "Regionalleiter Wien | CuraVita 24",
        "Grüß Gott Frau Hammerschmidt, wir von CuraVita 24 vermiteln seit über 10 Jahren qualifizierte 24h-Betreuerinnen in ganz Österreich. Gerade im Entlassungsmanagement ist ein verlässlicher Partner wichtig. Gerne stelle ich Ihnen unser Partnerprogramm vor – pro erfolgreicher Vermittlung gibt es 200 € Anerkennung. Wann hätten Sie kurz Zeit?",
        B, "de", "Same CuraVita template, name misspelt, typo, bonus amount added; mass referral pitch.",
        reg="sie", asks=["Wann hätten Sie kurz Zeit?"]),
    rec(L, "Zuzana Hlinková", "Koordinátorka opatrovateliek | CuraVita 24",
        "Dobrý deň, pani {Priezvisko}, naša agentúra CuraVita 24 už viac ako 10 rokov sprostredkúva kvalifikované opatrovateľky pre 24-hodinovú starostlivosť v celom Rakúsku. Radi by sme Vám predstavili náš partnerský program – za každé úspešné sprostredkovanie ponúkame odmenu. Teším sa na spojenie!",
        B, "sk", "Slovak copy of the CuraVita template with an unfilled merge field; sent in the wrong language.",
        asks=["Radi by sme Vám predstavili náš partnerský program"]),
    rec(X, "Bettina Lechner-Ruiz", "Geschäftsführerin | HeimCare Austria 24h-Pflege",
        "Hallo Veronika! Wir von HeimCare Austria vermitteln seit über 10 Jahren liebevolle 24-Stunden-Betreuerinnen in ganz Österreich 💙 Im Entlassungsmanagement braucht's verlässliche Partner – für jede Empfehlung gibt's bei uns 150 € Prämie. Magst du mehr erfahren?",
        B, "de", "CuraVita wording reused by another agency, switched to du; referral-bonus pitch to anyone in a hospital.",
        reg="du", asks=["Magst du mehr erfahren?"]),
    rec(X, "Erika Tóth", "Ügyfélkapcsolat | CuraVita 24",
        "Jó napot kívánok! A CuraVita 24 több mint 10 éve közvetít képzett 24 órás gondozónőket egész Ausztriában. Szívesen bemutatnám Önnek partnerprogramunkat egészségügyi intézmények számára – minden sikeres közvetítésért jutalmat adunk. Örülök a kapcsolatnak!",
        B, "hu", "Hungarian translation of the CuraVita partner-programme template; nothing recipient-specific.",
        asks=["Szívesen bemutatnám Önnek partnerprogramunkat egészségügyi intézmények számára"]),
])

family("F02-flexpflege-personalleasing", [
    rec(X, "Katharina Brunner", "Recruiting & Personaldisposition | FlexPflege Personalservice GmbH",
        "Hey Veronika! 👋 Bist du DGKP und hast genug vom Dienstplanchaos? Bei FlexPflege bestimmst DU, wann du arbeitest: bis zu 30 % mehr Gehalt, Wunschdienstplan, Gratis-E-Bike. Magst du dich mal unverbindlich informieren? Schreib mir einfach! LG Kathi",
        B, "de", "Staffing-agency (Personalleasing) mass pitch to nurses; the question 'bist du DGKP' shows she was not looked at.",
        reg="du", asks=["Magst du dich mal unverbindlich informieren?", "Schreib mir einfach!"]),
    rec(X, "Sandra Fuchs", "Personaldisponentin | FlexPflege",
        "Hallo {{Vorname}}! Bist du diplomierte Pflegefachkraft und hast genug vom Dienstplanchaos? Bei FlexPflege bestimmst du selbst, wann du arbeitest – bis zu 30 % mehr Gehalt und Wunschdienstplan. Schreib mir einfach, ich ruf dich zurück! 😊",
        B, "de", "FlexPflege template with unfilled {{Vorname}} merge field.",
        reg="du", asks=["Schreib mir einfach, ich ruf dich zurück!"]),
    rec(X, "Daniel Hofer", "Senior Recruiter Gesundheitswesen | FlexPflege",
        "Sehr geehrte Frau Hammerschmid, haben Sie genug vom Dienstplanchaos? Bei FlexPflege bestimmen Sie, wann Sie arbeiten – bis zu 30 % mehr Gehalt, Wunschdienstplan und ein Dienstfahrrad. Gerade für erfahrene Intensivpflegekräfte haben wir derzeit Top-Einsätze in Wien. Darf ich Sie unverbindlich informieren?",
        B, "de", "FlexPflege template switched to Sie with an ICU sentence added; generic leasing pitch.",
        reg="sie", asks=["Darf ich Sie unverbindlich informieren?"]),
    rec(L, "Agnieszka Wróbel", "Rekruterka | FlexPflege Polska",
        "Cześć! Jesteś pielęgniarką i masz dość chaosu w grafiku? W FlexPflege to TY decydujesz, kiedy pracujesz – do 30% wyższa pensja, grafik na życzenie, praca w Wiedniu. Napisz do mnie, chętnie opowiem więcej!",
        B, "pl", "Polish version of the FlexPflege leasing pitch; mass recruiting of nurses.",
        asks=["Napisz do mnie, chętnie opowiem więcej!"]),
    rec(X, "Patrick Stummer", "Talent Acquisition | MedPool Austria",
        "Servus Veronika! Genug vom Dienstplanchaos? Bei MedPool entscheidest du selbst – Wunschdienstplan, Top-Bezahlung, Dienstauto ab 20 Wochenstunden. Kurzer Austausch? 📲",
        B, "de", "Shortened FlexPflege wording used by a competing agency; generic leasing pitch.",
        reg="du", asks=["Kurzer Austausch?"]),
    rec(L, "Jessica Obermayr", "Healthcare Recruiter | FlexPflege",
        "Hi Veronika, tired of rota chaos? With FlexPflege YOU decide when you work – up to 30% more pay, ICU assignments in Vienna & Graz, free e-bike. Fancy a no-strings chat? Just drop me a line!",
        B, "en", "English translation of the FlexPflege template.",
        asks=["Fancy a no-strings chat?", "Just drop me a line!"]),
])

family("F03-lebensabend-heimkette-recruiting", [
    rec(X, "Mag. Renate Sommerauer", "HR Business Partnerin | Seniorenresidenzen Lebensabend Plus",
        "Sehr geehrte Frau Hammerschmid, die Seniorenresidenzen Lebensabend Plus wachsen weiter: Bis 2026 eröffnen wir fünf neue Häuser in Wien und Niederösterreich. Für unser Haus in Wien-Liesing suchen wir eine engagierte Pflegedienstleitung (m/w/d). Ihr Profil passt hervorragend zu unseren Anforderungen. Darf ich Ihnen die Position in einem kurzen Telefonat vorstellen?",
        B, "de", "Nursing-home chain recruiting template; 'Ihr Profil passt hervorragend' without any detail of her profile.",
        reg="sie", asks=["Darf ich Ihnen die Position in einem kurzen Telefonat vorstellen?"]),
    rec(X, "Florian Hatzl", "Recruiting | Lebensabend Plus Gruppe",
        "Sehr geehrter Herr Hammerschmid, Lebensabend Plus wächst – bis 2026 eröffnen wir 5 neue Häuser in Wien und NÖ! Für unser Haus in Mödling suchen wir eine Wohnbereichsleitung (m/w/d). Ihr Profil passt hervorragend. Darf ich Ihnen die Stelle telefonisch vorstellen?",
        B, "de", "Same chain template with wrong salutation (Herr) and another house; mass recruiting.",
        reg="sie", asks=["Darf ich Ihnen die Stelle telefonisch vorstellen?"]),
    rec(L, "Nina Kratochwil", "Talent Acquisition Lead | Lebensabend Plus",
        "Hi Veronika, Lebensabend Plus is growing – 5 new care homes by 2026! We're looking for a Director of Nursing for our Vienna-Liesing home. Your profile is a great match. Open to a quick call?",
        B, "en", "English version of the Lebensabend Plus recruiting template.",
        asks=["Open to a quick call?"]),
    rec(X, "Sabine Frühwirth", "Regionalleitung Personal | Lebensabend Plus",
        "Grüß Gott Frau Hammerschmid, für unser neues Haus in Tulln (Eröffnung Herbst 2025) suchen wir eine Pflegedienstleitung mit Herz und Führungserfahrung. Lebensabend Plus wächst weiter – bis 2026 kommen fünf Häuser dazu. Ihr Profil passt hervorragend zu unseren Anforderungen. Hätten Sie Zeit für ein kurzes Telefonat? Attraktives Gehalt, Dienstwagen und 4-Tage-Woche möglich.",
        B, "de", "Chain template with sentences reordered and a benefits pitch appended.",
        reg="sie", asks=["Hätten Sie Zeit für ein kurzes Telefonat?"]),
])

family("F04-vitamed-medtech-muster", [
    rec(X, "Christoph Aigner", "Key Account Manager Intensivmedizin | VitaMed Solutions Austria",
        "Guten Tag Frau Hammerschmid, ich betreue bei VitaMed Solutions die Intensivstationen im Raum Wien und Niederösterreich. Unser neues geschlossenes Absaugsystem SecureFlow senkt nachweislich das VAP-Risiko. Gerne bringe ich Ihnen und Ihrem Team kostenlose Muster vorbei. Wann würde es Ihnen passen?",
        B, "de", "Medtech rep territory pitch sent to every ICU contact in the region.",
        reg="sie", asks=["Wann würde es Ihnen passen?"]),
    rec(L, "Melanie Kern", "Clinical Specialist | VitaMed Solutions",
        "Hello Ms Hammerschmid, I look after ICUs in the Vienna region for VitaMed Solutions. Our new closed suction system SecureFlow is proven to lower VAP risk. Happy to drop off free samples for you and your team – when would suit you?",
        B, "en", "English copy of the VitaMed sample pitch.",
        asks=["when would suit you?"]),
    rec(X, "Ing. Harald Posch", "Außendienst Dekubitusprophylaxe | VitaMed Solutions",
        "Guten Tag Frau Hammerschmid, ich betreue bei VitaMed die Stationen im Großraum Wien. Unsere neue Wechseldruckmatratze AeroCare Pro reduziert nachweislich Dekubitalulzera. Gerne stelle ich sie Ihnen und Ihrem Team bei einem kostenlosen Testeinsatz vor. Wann würde es passen?",
        B, "de", "VitaMed template with the product swapped (mattress instead of suction).",
        reg="sie", asks=["Wann würde es passen?"]),
    rec(X, "Jasmin Berisha", "Medical Sales Representative | VitaMed Solutions",
        "Guten Tag Frau [Nachname], ich betreue bei VitaMed Solutions die Intensivstationen im Raum Wien. Unser geschlossenes Absaugsystem SecureFlow senkt das VAP-Risiko nachweislich um bis zu 45 %. Gerne bringe ich Ihrem Team Muster vorbei – wann passt es Ihnen? Freundliche Grüße",
        B, "de", "VitaMed template with unfilled [Nachname] and a percentage added.",
        reg="sie", asks=["wann passt es Ihnen?"]),
])

family("F05-zweites-standbein-mlm", [
    rec(X, "Melanie Strobl", "DGKP | Mama | Mentorin für finanzielle Freiheit 🌸",
        "Hallo liebe Veronika 🌸 Ich bin selbst Krankenschwester und weiß genau, wie anstrengend unser Job ist. Neben dem Dienst habe ich mir ein zweites Standbein aufgebaut – flexibel von zu Hause, mit passivem Einkommen. Wäre das vielleicht auch was für dich? Ich erzähl dir gern mehr, ganz unverbindlich 💕",
        B, "de", "Network-marketing recruiting ('zweites Standbein', 'passives Einkommen'); the shared profession is the only hook.",
        reg="du", asks=["Wäre das vielleicht auch was für dich?"]),
    rec(X, "Sabrina Eder", "Gesundheitsbotschafterin | Teamleaderin",
        "Hallo Verena 🌸 ich bin selbst Pflegekraft und weiß, wie anstrengend unser Beruf ist. Ich habe mir nebenbei ein zweites Standbein mit passivem Einkommen aufgebaut – ganz flexibel von daheim. Wär das auch was für dich? Ich erzähl dir gern mehr 💕✨",
        B, "de", "Same MLM template with the wrong first name.",
        reg="du", asks=["Wär das auch was für dich?"]),
    rec(L, "Janine Maurer", "Nurse | Entrepreneur | Helping nurses earn from home",
        "Hi lovely! 🌸 I'm a nurse too and I know how exhausting our job is. Next to my shifts I built a second income stream – flexible, from home, passive income. Could this be something for you too? Happy to tell you more, no pressure 💕",
        B, "en", "English version of the MLM 'second income' template.",
        asks=["Could this be something for you too?"]),
    rec(X, "Doris Kainz", "Pflegeassistentin | Aloe-Vera-Beraterin",
        "Liebe Frau Hammerschmid, ich bin selbst in der Pflege tätig und weiß, wie anstrengend unser Job ist. Mit hochwertigen Aloe-Vera-Produkten habe ich mir ein zweites Standbein aufgebaut – mit passivem Einkommen und freier Zeiteinteilung. Wäre das auch etwas für Sie? Ich erzähle Ihnen gerne mehr 😊",
        B, "de", "MLM template in Sie form with the product named.",
        reg="sie", asks=["Wäre das auch etwas für Sie?"]),
    rec(L, "Ivana Marić", "Medicinska sestra | Wellness mentorica",
        "Bok draga! 🌸 I ja sam medicinska sestra i znam koliko je naš posao naporan. Uz smjene sam izgradila drugi izvor prihoda – fleksibilno, od kuće, pasivni prihod. Bi li to bilo nešto i za tebe? Rado ću ti reći više 💕",
        B, "hr", "Croatian translation of the MLM template.",
        asks=["Bi li to bilo nešto i za tebe?"]),
    rec(X, "Carina Wimmer", "Lifestyle & Freedom Coach",
        "Hi du Liebe 🌸 Kennst du das – Nachtdienst, Einspringen, und am Monatsende bleibt trotzdem nix übrig? Ich bin selbst Krankenschwester und hab mir ein zweites Standbein mit passivem Einkommen aufgebaut. Wäre das auch was für dich? Schreib mir einfach 'JA' und ich schick dir ein kurzes Video 💕",
        B, "de", "MLM template with a new opener; 'Nachtdienst' is a stock nurse cliché, not a reference to her blog.",
        reg="du", asks=["Wäre das auch was für dich?", "Schreib mir einfach 'JA' und ich schick dir ein kurzes Video"]),
])

family("F06-pensionsluecke-berater", [
    rec(X, "Mag. (FH) Gernot Wallner", "Unabhängiger Vermögensberater | Spezialist für Gesundheitsberufe",
        "Grüß Gott Frau Hammerschmid, als unabhängiger Vermögensberater habe ich mich auf Angehörige der Gesundheitsberufe spezialisiert. Viele Pflegekräfte unterschätzen ihre Pensionslücke – im Schnitt fehlen über 700 € im Monat. Gerne zeige ich Ihnen in einem kostenlosen Erstgespräch, wie Sie mit wenig Aufwand vorsorgen können. Herzliche Grüße",
        B, "de", "Financial-advisor pitch aimed at the whole profession.",
        reg="sie", asks=["Gerne zeige ich Ihnen in einem kostenlosen Erstgespräch, wie Sie mit wenig Aufwand vorsorgen können."]),
    rec(X, "Martina Pölzl", "Finanzcoach | Versicherungsmaklerin",
        "Sehr geehrte/r Frau/Herr [Nachname], als Versicherungsmaklerin bin ich auf Gesundheitsberufe spezialisiert. Viele Pflegekräfte sind gegen Berufsunfähigkeit nicht ausreichend abgesichert – dabei ist das Risiko im Pflegeberuf besonders hoch. Gerne berate ich Sie in einem kostenlosen Erstgespräch. Mit freundlichen Grüßen",
        B, "de", "Advisor template with unfilled salutation placeholders; insurance variant.",
        reg="sie", asks=["Gerne berate ich Sie in einem kostenlosen Erstgespräch."]),
    rec(X, "René Haider", "Finanzberater | Pension & Vorsorge für Pflegeprofis",
        "Hallo Veronika, ich bin Finanzberater und hab mich auf Pflegeberufe spezialisiert. Gerade in Teilzeit unterschätzen viele ihre Pensionslücke – im Schnitt über 700 € im Monat! In einem kostenlosen Erstgespräch zeig ich dir, wie du mit wenig Aufwand vorsorgen kannst. Passt dir nächste Woche?",
        B, "de", "Advisor template in du form.",
        reg="du", asks=["Passt dir nächste Woche?"]),
    rec(L, "Stefan Gschwandtner", "Financial Advisor for Healthcare Professionals",
        "Hello Veronika, I specialise in financial planning for healthcare professionals. Most nurses underestimate their pension gap – on average over €700 a month. Happy to show you in a free first consultation how to close it with little effort. Best regards",
        B, "en", "English version of the pension-gap advisor template.",
        asks=["Happy to show you in a free first consultation how to close it with little effort."]),
    rec(X, "Manuela Ertl", "Vermögensberaterin | Vorsorge mit Herz",
        "Liebe Frau Hammerschmid, wussten Sie, dass Pflegekräfte im Schnitt über 700 € Pensionslücke im Monat haben? Als unabhängige Beraterin für Gesundheitsberufe zeige ich Ihnen gerne in einem kostenlosen Erstgespräch, wie Sie mit wenig Aufwand vorsorgen. Darf ich Sie kontaktieren?",
        B, "de", "Advisor template reordered into a rhetorical question opener.",
        reg="sie", asks=["Darf ich Sie kontaktieren?"]),
])

family("F07-stark-fuehren-coaching", [
    rec(X, "Dr. Karin Stelzhammer", "Coach für Führungskräfte in Gesundheitsberufen | Resilienz & Klarheit",
        "Liebe Frau Hammerschmid, Führung in der Pflege gehört zu den herausforderndsten Aufgaben überhaupt. In meinem 8-Wochen-Programm „Stark führen, gesund bleiben“ begleite ich Stationsleitungen zu mehr Klarheit und Gelassenheit – bereits über 300 Teilnehmerinnen. Aktuell sind noch 3 Plätze zum Frühbucherpreis frei. Darf ich Ihnen die Infos schicken?",
        B, "de", "Paid coaching programme pitch with scarcity ('noch 3 Plätze'); she is not even a Stationsleitung any more.",
        reg="sie", asks=["Darf ich Ihnen die Infos schicken?"]),
    rec(X, "Mag. Petra Gsellmann", "Systemischer Coach | Supervision | Lizenztrainerin „Stark führen, gesund bleiben“",
        "Liebe Veronika, Führung in der Pflege ist einer der herausforderndsten Jobs überhaupt – das weiß ich aus 20 Jahren Stationsleitung. In meinem 8-Wochen-Programm „Stark führen, gesund bleiben“ begleite ich Stationsleiter:innen zu mehr Klarheit. Nur noch 3 Plätze zum Frühbucherpreis! Soll ich dir die Infos schicken?",
        B, "de", "Licensed copy of the coaching template, du form, own credential sentence added.",
        reg="du", asks=["Soll ich dir die Infos schicken?"]),
    rec(L, "Andrea Kienast", "Leadership Coach | Nursing Leaders",
        "Dear Veronika, leading in nursing is one of the toughest jobs there is. My 8-week programme 'Lead strong, stay well' has helped 300+ ward managers find clarity and calm. Only 3 early-bird spots left – may I send you the details?",
        B, "en", "English version of the coaching template.",
        asks=["may I send you the details?"]),
    rec(X, "Barbara Rieder", "Zertifizierte Trainerin „Stark führen, gesund bleiben“",
        "Sehr geehrte Frau Hammerschmid, Führung in der Pflege ist herausfordernd – gerade jetzt. Über 300 Stationsleitungen haben mit dem 8-Wochen-Programm „Stark führen, gesund bleiben“ mehr Gelassenheit gefunden. Noch 3 Plätze zum Frühbucherpreis (statt 1.490 € nur 990 €). Darf ich Ihnen die Unterlagen senden?",
        B, "de", "Coaching template with prices appended.",
        reg="sie", asks=["Darf ich Ihnen die Unterlagen senden?"]),
])

family("F08-gratis-webinar-doku", [
    rec(X, "Lisa Hackl", "Event Managerin | CareDocs Akademie",
        "Hallo Frau Hammerschmid, am kommenden Donnerstag um 18 Uhr findet unser kostenloses Webinar „Pflegedokumentation 2025 – rechtssicher und zeitsparend“ statt. Ich würde mich sehr freuen, Sie dabei begrüßen zu dürfen! Hier geht's zur Anmeldung: bit.ly/pflegedoku25",
        B, "de", "'Free' webinar invitation mass-sent to nursing contacts (lead generation).",
        reg="sie", refers=["„Pflegedokumentation 2025 – rechtssicher und zeitsparend“"],
        asks=["Hier geht's zur Anmeldung: bit.ly/pflegedoku25"]),
    rec(X, "Markus Tiefenbacher", "Business Development | CareDocs Akademie",
        "Sehr geehrte Damen und Herren, am kommenden Mittwoch um 17 Uhr findet unser kostenloses Webinar „Pflegedokumentation 2025 – rechtssicher und zeitsparend“ statt. Wir würden uns freuen, Sie begrüßen zu dürfen! Anmeldung: bit.ly/pflegedoku25",
        B, "de", "Webinar template addressed 'Sehr geehrte Damen und Herren' – not even personalised by name.",
        reg="sie", refers=["„Pflegedokumentation 2025 – rechtssicher und zeitsparend“"],
        asks=["Anmeldung: bit.ly/pflegedoku25"]),
    rec(L, "Sophie Lang", "Community Manager | CareDocs Academy",
        "Hi Veronika! Join our FREE webinar 'Nursing documentation 2025 – legally safe & time-saving' next Thursday, 6 pm CET. Would love to see you there! Sign up: bit.ly/nursedoc25",
        B, "en", "English version of the CareDocs webinar invitation.",
        refers=["'Nursing documentation 2025 – legally safe & time-saving'"],
        asks=["Join our FREE webinar", "Sign up: bit.ly/nursedoc25"]),
    rec(X, "Verena Moosbrugger", "Akademieleitung | CareDocs",
        "Hallo Veronika, nächsten Dienstag um 18 Uhr gibt's unser kostenloses Webinar „Dienstplan 4.0 – fair, flexibel, digital“. Ich würd mich freuen, wenn du dabei bist! Anmeldung: bit.ly/dienstplan40 – Plätze begrenzt!",
        B, "de", "Same webinar template with topic swapped to rostering, du form. Dienstplan is one of her topics only by coincidence.",
        reg="du", refers=["„Dienstplan 4.0 – fair, flexibel, digital“"],
        asks=["Anmeldung: bit.ly/dienstplan40"]),
    rec(L, "Oliver Brandstätter", "Head of Events | CareDocs",
        "Liebe Frau Hammerschmid, am Donnerstag um 18 Uhr: kostenloses Webinar „Pflegedokumentation 2025 – rechtssicher und zeitsparend“, inkl. Teilnahmebestätigung für Ihre Fortbildungsstunden. Ich freue mich, Sie zu begrüßen! bit.ly/pflegedoku25",
        B, "de", "Shortened webinar template for LinkedIn with a CPD-hours sweetener.",
        reg="sie", refers=["„Pflegedokumentation 2025 – rechtssicher und zeitsparend“"]),
])

family("F09-world-congress-speaker", [
    rec(L, "Emily Carter", "Program Manager | Global Nursing Conferences",
        "Dear Dr. Hammerschmid, on behalf of the Organizing Committee we are pleased to invite you as a Speaker at the 14th World Congress on Nursing Science & Healthcare in Dubai. Given your expertise in nursing, your participation would be highly valuable. Kindly let us know your interest.",
        B, "en", "Predatory-conference speaker invitation; 'your expertise in nursing' is generic and the Dr. title is wrong.",
        refers=["14th World Congress on Nursing Science & Healthcare"], asks=["Kindly let us know your interest."]),
    rec(L, "Daniel Brooks", "Scientific Committee | Global Nursing Conferences",
        "Dear Dr. {Last_Name}, it is our pleasure to invite you as a Keynote Speaker at the 14th World Congress on Nursing Science & Healthcare, Paris. Your expertise would be highly valuable. Early-bird registration ends Friday. Kindly confirm your interest.",
        B, "en", "Congress template with unfilled {Last_Name} and a registration-fee hint.",
        refers=["14th World Congress on Nursing Science & Healthcare"], asks=["Kindly confirm your interest."]),
    rec(L, "Giulia Esposito", "Segreteria Scientifica | Global Nursing Conferences",
        "Gentile Dott.ssa Hammerschmid, a nome del Comitato Organizzatore siamo lieti di invitarLa come relatrice al 14° Congresso Mondiale di Scienze Infermieristiche a Roma. Data la Sua esperienza, la Sua partecipazione sarebbe molto preziosa. Ci faccia sapere il Suo interesse.",
        B, "it", "Italian translation of the predatory congress invitation.",
        refers=["14° Congresso Mondiale di Scienze Infermieristiche"], asks=["Ci faccia sapere il Suo interesse."]),
    rec(X, "Sarah Mitchell", "Conference Coordinator",
        "Dear Dr. Hammerschmid, greetings of the day! On behalf of the Organizing Committee, we cordially invite you to be a Speaker at the 15th World Congress on Nursing Science & Healthcare (hybrid, Singapore). Given your expertise in nursing, your participation would be highly valuable. Kindly let us know your interest at the earliest.",
        B, "en", "Congress template, next edition number and city swapped.",
        refers=["15th World Congress on Nursing Science & Healthcare"], asks=["Kindly let us know your interest at the earliest."]),
    rec(L, "Ahmed Rahman", "Event Director | Global Nursing Conferences",
        "Dear Dr. Hammerschmid, we are pleased to invite you as an Organizing Committee Member & Speaker at the World Congress on Nursing Science & Healthcare, Dubai. Sponsorship and exhibitor packages also available. Kindly let us know your interest.",
        B, "en", "Congress template with sponsorship/exhibitor upsell.",
        refers=["World Congress on Nursing Science & Healthcare"], asks=["Kindly let us know your interest."]),
])

family("F10-podcast-gast-unkosten", [
    rec(X, "Sandra Leitgeb", "Host „Pflege mit Herz – der Podcast für Pflegeprofis“",
        "Hallo Veronika, ich bin Host von „Pflege mit Herz – der Podcast für Pflegeprofis“ (über 50.000 Downloads!). Dein Profil hat mich sofort angesprochen und ich würde dich gerne als Gast einladen. Für Produktion und Schnitt fällt nur ein kleiner Unkostenbeitrag an. Hast du Lust?",
        B, "de", "Pay-to-appear podcast-guest pitch; 'Dein Profil hat mich sofort angesprochen' with no detail.",
        reg="du", refers=["„Pflege mit Herz – der Podcast für Pflegeprofis“"], asks=["Hast du Lust?"]),
    rec(X, "Michael Huemer", "Co-Host | Pflege mit Herz Podcast",
        "Liebe Frau Hammerschmid, für unseren Podcast „Pflege mit Herz“ (50.000+ Downloads) suchen wir spannende Gäste aus der Pflege – Ihr Profil hat uns sofort angesprochen! Für Produktion und Bewerbung fällt lediglich ein Unkostenbeitrag an (Interviewpaket ab 290 €). Hätten Sie Interesse?",
        B, "de", "Podcast template in Sie form with the price of the 'interview package'.",
        reg="sie", refers=["„Pflege mit Herz“"], asks=["Hätten Sie Interesse?"]),
    rec(L, "Rachel Kim", "Host | Care Voices Podcast",
        "Hi Veronika! I host 'Care Voices', a top-ranked healthcare podcast (50k+ downloads). Your profile caught my eye and I'd love to feature you as a guest! A small production fee applies (guest package from €290). Interested?",
        B, "en", "English version of the pay-to-appear podcast template.",
        refers=["'Care Voices'"], asks=["Interested?"]),
    rec(L, "Thomas Gruber", "Host | Pflege mit Herz",
        "Hi Veronika! 🎙️ Dein Profil hat mich sofort angesprochen – magst du Gast in „Pflege mit Herz – der Podcast für Pflegeprofis“ sein? 50.000+ Downloads, kleiner Unkostenbeitrag für den Schnitt. Meld dich gern!",
        B, "de", "Shortened podcast template with emoji.",
        reg="du", refers=["„Pflege mit Herz – der Podcast für Pflegeprofis“"],
        asks=["magst du Gast in „Pflege mit Herz – der Podcast für Pflegeprofis“ sein?", "Meld dich gern!"]),
])

family("F11-sammelband-druckkosten", [
    rec(X, "Dr. Walter Brenner", "Herausgeber | Verlag Gesundheit & Praxis",
        "Sehr geehrte Frau Hammerschmid, für unseren Sammelband „Pflege 2030 – Stimmen aus der Praxis“ suchen wir noch Mitautorinnen mit Leitungserfahrung. Sie erhalten ein eigenes Kapitel (8–10 Seiten), professionelles Lektorat und 5 Belegexemplare. Die Beteiligung an den Druckkosten beträgt 490 €. Hätten Sie Interesse?",
        B, "de", "Paid co-author book-chapter offer (vanity publishing), nothing about her writing.",
        reg="sie", refers=["„Pflege 2030 – Stimmen aus der Praxis“"], asks=["Hätten Sie Interesse?"]),
    rec(X, "Mag. Julia Pernkopf", "Lektorat & Autorenbetreuung | Verlag Gesundheit & Praxis",
        "Liebe Frau Hammerschmid, Ihr Profil zeigt, dass Sie viel zu erzählen haben! Für den Sammelband „Pflege 2030 – Stimmen aus der Praxis“ suchen wir Mitautor*innen. Eigenes Kapitel, Lektorat, 5 Belegexemplare – Druckkostenbeteiligung 490 € (Ratenzahlung möglich). Darf ich Ihnen das Exposé schicken?",
        B, "de", "Same paid-chapter template with a flattery opener. Hard case: she does write, but no work of hers is named.",
        reg="sie", refers=["„Pflege 2030 – Stimmen aus der Praxis“"], asks=["Darf ich Ihnen das Exposé schicken?"]),
    rec(X, "Anna Schatz", "Verlagsassistenz | Verlag Gesundheit & Praxis",
        "Hallo Veronika! Für „Pflege 2030 – Stimmen aus der Praxis“ suchen wir noch Mitautorinnen mit Leitungserfahrung 📚 Eigenes Kapitel, Lektorat, Belegexemplare; Druckkostenbeitrag 490 €. Interesse?",
        B, "de", "Short du version of the paid-chapter template.",
        reg="du", refers=["„Pflege 2030 – Stimmen aus der Praxis“"], asks=["Interesse?"]),
    rec(L, "Prof. Dr. Heinz Obermüller", "Herausgeber | Verlag Gesundheit & Praxis",
        "Dear Ms Hammerschmid, for our edited volume 'Nursing 2030 – Voices from Practice' we are seeking co-authors with leadership experience. Your own chapter, professional editing, 5 author copies; printing contribution €490. Would you be interested?",
        B, "en", "English translation of the paid-chapter template.",
        refers=["'Nursing 2030 – Voices from Practice'"], asks=["Would you be interested?"]),
])

family("F12-journal-apc-rabatt", [
    rec(L, "Dr. Priya Nair", "Editorial Board | Journal of Advanced Nursing & Clinical Practice",
        "Dear Colleague, greetings from the Journal of Advanced Nursing & Clinical Practice! We read your recent work with great interest and invite you to submit a manuscript for our upcoming issue. APCs are discounted by 40% this month. Looking forward to your contribution.",
        B, "en", "Predatory-journal call; 'your recent work' is never named.",
        asks=["invite you to submit a manuscript for our upcoming issue"]),
    rec(L, "Maria Lopez", "Managing Editor | JANCP",
        "Dear Dr. Hammerschmid, we read your recent paper titled '{paper_title}' with great interest and invite you to contribute a manuscript or book chapter to our special issue. 40% APC discount this month only. Kindly respond at the earliest.",
        B, "en", "Journal template with unfilled {paper_title} merge field.",
        asks=["invite you to contribute a manuscript or book chapter to our special issue", "Kindly respond at the earliest."]),
    rec(X, "John Peterson", "Editorial Office | Journal of Advanced Nursing & Clinical Practice",
        "Dear Colleague, Greetings!! We have gone through your work and are impressed. We invite you to submit your article (research, review, case report, mini review) to the Journal of Advanced Nursing & Clinical Practice. 40% discount on article processing charges this month. Awaiting your positive response.",
        B, "en", "Journal template variant, 'gone through your work' without naming any.",
        asks=["We invite you to submit your article"]),
])

family("F13-jobsuche-ausland-icu", [
    rec(L, "Maricel Santos", "Registered Nurse | ICU | B1 German",
        "Good day Ma'am! I am a registered nurse from the Philippines with 6 years of ICU experience and B1 German. I am looking for a nursing job in Austria. Could you please help me or refer me to your hospital? Thank you and God bless!",
        B, "en", "Job seeker's mass note to Austrian nurses; asks for a referral without any tie to her.",
        asks=["Could you please help me or refer me to your hospital?"]),
    rec(L, "Anil Kumar", "Staff Nurse | Critical Care | Seeking opportunities in Europe",
        "Respected Madam, I am a staff nurse from Kerala with 5 years ICU experience, currently learning German (A2). I am searching a nursing job in Austria. Kindly help me or refer me in your hospital. Thank you madam.",
        B, "en", "Same job-seeker note pattern, reworded.",
        asks=["Kindly help me or refer me in your hospital."]),
    rec(X, "Elif Yıldız", "Yoğun Bakım Hemşiresi",
        "Merhaba hocam, Türkiye'de 5 yıllık yoğun bakım hemşiresiyim ve Avusturya'da iş arıyorum. Almancam B1 seviyesinde. Hastanenizde bir pozisyon için bana yardımcı olabilir misiniz? Çok teşekkürler.",
        B, "tr", "Turkish version of the job-seeker mass note.",
        asks=["Hastanenizde bir pozisyon için bana yardımcı olabilir misiniz?"]),
    rec(L, "Nikola Jovanović", "Medicinski tehničar | intenzivna nega",
        "Poštovana, ja sam medicinski tehničar iz Srbije sa 7 godina iskustva na intenzivnoj nezi i tražim posao u Austriji (nemački B1). Možete li mi pomoći ili me preporučiti vašoj bolnici? Hvala unapred!",
        B, "sr", "Serbian version of the job-seeker mass note.",
        asks=["Možete li mi pomoći ili me preporučiti vašoj bolnici?"]),
])

family("F14-berufliche-neuorientierung", [
    rec(X, "Manfred Gasser", "Kaufmännischer Angestellter | offen für neue Herausforderungen",
        "Sehr geehrte Damen und Herren, ich befinde mich derzeit in einer beruflichen Neuorientierung und bin auf der Suche nach neuen Herausforderungen im Gesundheitswesen. Über eine Vernetzung würde ich mich sehr freuen – vielleicht wissen Sie ja von offenen Stellen. Mit freundlichen Grüßen",
        B, "de", "Job seeker's mass note ('berufliche Neuorientierung') with generic salutation.",
        reg="sie", asks=["vielleicht wissen Sie ja von offenen Stellen"]),
    rec(X, "Julia Wagner-Kos", "Pflegeassistentin | auf Jobsuche",
        "Sehr geehrte Frau Hammerschmid, ich befinde mich gerade in beruflicher Neuorientierung und suche neue Herausforderungen im Gesundheitswesen, gerne im Raum Wien. Über eine Vernetzung würde ich mich freuen – vielleicht wissen Sie von offenen Stellen? LG",
        B, "de", "Same job-seeker note with her name filled in.",
        reg="sie", asks=["vielleicht wissen Sie von offenen Stellen?"]),
    rec(X, "Oliver Krenn", "Medizinischer Masseur | Suche neue Herausforderung",
        "Guten Tag, ich bin derzeit auf der Suche nach einer neuen Herausforderung im Gesundheitswesen und würde mich über eine Vernetzung freuen. Falls Sie von offenen Stellen hören, wäre ich für einen Hinweis dankbar. Mit freundlichen Grüßen",
        B, "de", "Job-seeker template reworded.",
        reg="sie", asks=["Falls Sie von offenen Stellen hören, wäre ich für einen Hinweis dankbar."]),
    rec(L, "Sarah Bauer", "Operationstechnische Assistentin i.A. | Open to work",
        "Hallo! Ich bin gerade in beruflicher Neuorientierung und suche neue Herausforderungen im Gesundheitswesen 🙂 Würd mich über die Vernetzung freuen – vielleicht weißt du ja von offenen Stellen?",
        B, "de", "Job-seeker template in du form.",
        reg="du", asks=["vielleicht weißt du ja von offenen Stellen?"]),
])

family("F15-ki-scribe-prozente", [
    rec(L, "Ryan Mitchell", "Head of Growth DACH | NurseNote AI",
        "Hi Veronika, I noticed you lead nursing teams in critical care – impressive! 🚀 Our AI scribe NurseNote cuts documentation time by 37%, overtime by 22% and lifts staff satisfaction by 41% across 120+ hospitals. Open to a 15-min demo next week?",
        B, "en", "AI-written sales pitch full of percentages; 'critical care' comes from her headline only.",
        asks=["Open to a 15-min demo next week?"]),
    rec(L, "Hannah Vogt", "Account Executive | NurseNote AI",
        "Hi Veronika, noticed you're leading critical care teams at {{company}} – impressive! Our AI scribe reduces documentation time by 37% and overtime by 22% in 120+ hospitals. Worth a 15-min look next week?",
        B, "en", "Same AI-scribe template with unfilled {{company}}.",
        asks=["Worth a 15-min look next week?"]),
    rec(L, "Lukas Pfeiffer", "Sales | CareScribe",
        "Hallo Veronika, ich habe gesehen, dass du Pflegeteams in der Intensivmedizin leitest – beeindruckend! 🚀 Unser KI-Assistent CareScribe senkt die Dokumentationszeit um 37 % und Überstunden um 22 % in über 120 Kliniken. Offen für eine 15-Minuten-Demo nächste Woche?",
        B, "de", "German translation of the AI-scribe template by a reseller.",
        reg="du", asks=["Offen für eine 15-Minuten-Demo nächste Woche?"]),
    rec(L, "Aisha Karimi", "Founder & CEO | WardWise AI",
        "Hi Veronika 👋 Nurses spend 41% of their shift on documentation. At WardWise we've cut that by 37%, reduced handover errors by 29% and saved 2.3 hours per nurse per shift. Given your leadership in critical care, I'd love your feedback – 15 min next week?",
        B, "en", "AI-scribe template reframed as 'I'd love your feedback'; still a sales demo request with invented-looking numbers.",
        asks=["I'd love your feedback – 15 min next week?"]),
    rec(L, "Elena Popescu", "SDR | NurseNote AI",
        "Hi Veronica, impressive work leading ICU nursing teams! 🚀 NurseNote's AI scribe: –37% documentation time, –22% overtime, +41% staff satisfaction in 120+ hospitals. 15-min demo next week?",
        B, "en", "Bullet-style AI-scribe template with the name misspelt.",
        asks=["15-min demo next week?"]),
])

family("F16-ki-dienstplan-minuten", [
    rec(X, "Dipl.-Ing. Markus Seidl", "Co-Founder | ShiftGenie – KI-Dienstplanung für Kliniken",
        "Sehr geehrte Frau Hammerschmid, Stationsleitungen verbringen im Schnitt 6,4 Stunden pro Woche mit Dienstplanung. Mit ShiftGenie sind es nur noch 47 Minuten – bei 28 % weniger Einspringdiensten und 93 % Mitarbeiterzufriedenheit. Sollen wir uns das gemeinsam für Ihre Station ansehen?",
        B, "de", "AI rostering pitch with precise-looking numbers; addressed to 'Stationsleitungen' in general.",
        reg="sie", asks=["Sollen wir uns das gemeinsam für Ihre Station ansehen?"]),
    rec(X, "Laura Steindl", "Customer Success | ShiftGenie",
        "Guten Tag Frau Hammerschmid, wussten Sie, dass Stationsleitungen durchschnittlich 6,4 Stunden pro Woche in die Dienstplanung investieren? ShiftGenie reduziert das auf 47 Minuten, senkt Einspringdienste um 28 % und steigert die Zufriedenheit auf 93 %. Hätten Sie Interesse an einer kurzen Demo?",
        B, "de", "ShiftGenie template reworded as a question.",
        reg="sie", asks=["Hätten Sie Interesse an einer kurzen Demo?"]),
    rec(X, "Jonas Reiter", "Sales Lead Österreich | ShiftGenie",
        "Hi Veronika! Stationsleitungen verlieren 6,4 h/Woche an den Dienstplan. Mit ShiftGenie nur noch 47 Min., −28 % Einspringdienste, 93 % Zufriedenheit. Schauen wir uns das für deine Station an? 🙂",
        B, "de", "Compressed du version of the ShiftGenie template.",
        reg="du", asks=["Schauen wir uns das für deine Station an?"]),
    rec(X, "Dr. Carmen Fink", "Head of Clinical Partnerships | ShiftGenie",
        "Sehr geehrte Frau Hammerschmid, als Pflegeexpertin wissen Sie: Dienstplanung frisst Zeit – im Schnitt 6,4 Stunden pro Woche und Station. Unsere KI schafft das in 47 Minuten, mit 28 % weniger Einspringdiensten, 31 % weniger Überstunden und 93 % Mitarbeiterzufriedenheit. Hätten Sie 20 Minuten für eine Demo? Herzliche Grüße aus Linz",
        B, "de", "Hard case: 'als Pflegeexpertin' echoes her headline and rosters are one of her blog topics, but the note names nothing she wrote; same ShiftGenie numbers.",
        reg="sie", asks=["Hätten Sie 20 Minuten für eine Demo?"]),
    rec(L, "Philipp Auer", "Business Development | ShiftGenie",
        "Hi Veronika, ward managers spend 6.4 h/week on rosters. ShiftGenie gets that down to 47 min, with 28% fewer short-notice shifts and 93% staff satisfaction. Shall we look at it for your ward?",
        B, "en", "English version of the ShiftGenie template.",
        asks=["Shall we look at it for your ward?"]),
])

family("F17-15-minuten-kennenlernen", [
    rec(X, "Mag. Stefan Koller", "Geschäftsführer | Koller Consulting",
        "Hallo Frau Hammerschmid, ich möchte Sie nicht lange aufhalten: Hätten Sie nächste Woche 15 Minuten für ein kurzes Kennenlerngespräch? Ich bin überzeugt, dass wir voneinander profitieren können. Passt Ihnen Dienstag oder Donnerstag?",
        B, "de", "Content-free '15 minutes next week' call request; no reason given.",
        reg="sie", asks=["Hätten Sie nächste Woche 15 Minuten für ein kurzes Kennenlerngespräch?", "Passt Ihnen Dienstag oder Donnerstag?"]),
    rec(L, "James O'Connor", "Partnerships | HealthBridge Europe",
        "Hi Veronika, I won't take much of your time: would you have 15 minutes next week for a quick intro call? I'm convinced we can benefit from each other. Does Tuesday or Thursday work?",
        B, "en", "English version of the 15-minute call template.",
        asks=["would you have 15 minutes next week for a quick intro call?", "Does Tuesday or Thursday work?"]),
    rec(X, "Nadine Hörmann", "Business Development | MedConnect Austria",
        "Hallo Veronika, ich will dich nicht lange aufhalten – hättest du nächste Woche 15 Minuten für ein kurzes Kennenlernen? Bin mir sicher, dass wir voneinander profitieren können. Dienstag oder Donnerstag? 😊",
        B, "de", "15-minute template in du form.",
        reg="du", asks=["hättest du nächste Woche 15 Minuten für ein kurzes Kennenlernen?", "Dienstag oder Donnerstag?"]),
    rec(X, "Thomas Wieser", "Vertrieb | Klinikpartner GmbH",
        "Sehr geehrte Frau Hammerschmid, hätten Sie nächste Woche 15 Minuten Zeit für ein kurzes Telefonat? Ich bin überzeugt, dass wir uns gegenseitig unterstützen können. Passt Ihnen Dienstag oder Donnerstag am Vormittag? Ich halte es kurz, versprochen!",
        B, "de", "15-minute template with reordered and added sentences.",
        reg="sie", asks=["hätten Sie nächste Woche 15 Minuten Zeit für ein kurzes Telefonat?", "Passt Ihnen Dienstag oder Donnerstag am Vormittag?"]),
    rec(L, "Sven Kessler", "Founder | NextCare Ventures",
        "Hi Veronika – quick one: 15 minutes next week for an intro call? Pretty sure there's a win-win here. Tue or Thu?",
        B, "en", "Ultra-short version of the 15-minute template.",
        asks=["15 minutes next week for an intro call?", "Tue or Thu?"]),
])

family("F18-kongress-ohne-namen", [
    rec(X, "Roland Mayerhofer", "Vertrieb Klinikbedarf | Mayerhofer Medical",
        "Liebe Frau Hammerschmid, es war schön, Sie beim Kongress kennenzulernen! Gerne hätte ich mich noch länger mit Ihnen ausgetauscht – lassen Sie uns doch hier in Kontakt bleiben.",
        B, "de", "Hard case: claims a meeting 'beim Kongress' but never names which congress or what was discussed; sent by a sales rep.",
        reg="sie"),
    rec(L, "Chloe Martin", "Clinical Solutions Consultant",
        "Hi Veronika, great meeting you at the conference last week! I'd have loved to chat longer – let's stay in touch here.",
        B, "en", "Hard case: fake 'we met at the conference' template; no event, topic or detail named.",
        asks=["let's stay in touch here"]),
    rec(X, "Petra Neumayer", "Gesundheitsmanagerin",
        "Hallo Veronika, schön, dass wir uns beim Kongress kurz gesehen haben! Hätte gern noch länger geplaudert – bleiben wir doch hier in Kontakt 😊",
        B, "de", "Hard case: du version of the unnamed-congress template.",
        reg="du", asks=["bleiben wir doch hier in Kontakt"]),
    rec(L, "Marco Bianchi", "Sales Manager Critical Care",
        "Dear Veronika, it was a pleasure meeting you at the congress! I would have loved to continue our conversation – let's stay connected. Looking forward to seeing you at the next one.",
        B, "en", "Hard case: unnamed-congress template; 'our conversation' has no content.",
        asks=["let's stay connected"]),
])

family("F19-netzwerk-im-gesundheitswesen", [
    rec(X, "Jürgen Platzer", "Vertriebsleiter | Gesundheitswesen",
        "Guten Tag Frau Hammerschmid, ich bin gerade dabei, mein Netzwerk im Gesundheitswesen zu erweitern, und bin dabei auf Ihr interessantes Profil gestoßen. Über eine Vernetzung würde ich mich sehr freuen. Beste Grüße",
        B, "de", "Classic XING collector note ('Netzwerk erweitern', 'interessantes Profil').",
        reg="sie"),
    rec(X, "Monika Gratzl", "Office Managerin | Ordination Dr. Gratzl",
        "Guten Tag, ich erweitere gerade mein Netzwerk im Gesundheitsbereich und bin auf Ihr interessantes Profil gestoßen. Ich würde mich über eine Vernetzung sehr freuen! Liebe Grüße",
        B, "de", "Collector template without name.",
        reg="sie"),
    rec(X, "Alexander Wurm", "Consultant | Healthcare IT",
        "Sehr geehrte Frau Hammerschmid, beim Erweitern meines Netzwerks im Gesundheitswesen bin ich auf Ihr interessantes Profil gestoßen. Über eine Vernetzung würde ich mich freuen – wer weiß, welche Synergien sich ergeben. Beste Grüße, A. Wurm",
        B, "de", "Collector template with a 'Synergien' sentence added.",
        reg="sie"),
    rec(X, "Christina Lackner", "Pflegeberaterin",
        "Hallo Veronika, ich bin grad dabei mein Netzwerk im Gesundheitswesen zu erweitern und bin auf dein interessantes Profil gestoßen. Würd mich über eine Vernetzung freuen! LG",
        B, "de", "Collector template in du form.",
        reg="du"),
    rec(X, "Dragan Ilić", "Projektleiter Facility Management | Krankenhausbau",
        "Guten Tag Frau Hammerschmied, ich bin dabei, mein Netzwerk im Gesundheitswesen zu erweitern, und bin auf Ihr interesantes Profil gestoßen. Über eine Vernetzung würde ich mich sehr freuen. Kontakte sind das halbe Leben! Beste Grüße",
        B, "de", "Collector template with misspelt surname, typo and a proverb appended.",
        reg="sie"),
])

family("F20-gleiche-xing-gruppe", [
    rec(X, "Helmut Danninger", "Qualitätsmanager | ISO 9001 Auditor",
        "Hallo Frau Hammerschmid, wir sind beide Mitglied in der XING-Gruppe „Pflege & Gesundheit Österreich“. Vielleicht ergeben sich ja Synergien – ich würde mich über die Vernetzung freuen!",
        B, "de", "Shared-group template; membership of a large group is not a personal reason.",
        reg="sie", refers=["XING-Gruppe „Pflege & Gesundheit Österreich“"]),
    rec(X, "Sonja Url", "Heimhilfe | Pflegeassistenz in Ausbildung",
        "Hallo Veronika, wir sind beide in der Gruppe „Pflege & Gesundheit Österreich“ – vielleicht ergeben sich Synergien. Freu mich auf die Vernetzung! 😊",
        B, "de", "Shared-group template in du form.",
        reg="du", refers=["Gruppe „Pflege & Gesundheit Österreich“"]),
    rec(X, "Wolfgang Edlinger", "Unternehmensberater | Gesundheitsökonomie",
        "Sehr geehrte Frau Hammerschmid, als Mitglieder der XING-Gruppe „Gesundheitsmanagement DACH“ teilen wir offenbar ähnliche Interessen. Vielleicht ergeben sich Synergien – über eine Vernetzung würde ich mich freuen.",
        B, "de", "Shared-group template with another group name.",
        reg="sie", refers=["XING-Gruppe „Gesundheitsmanagement DACH“"]),
    rec(X, "Klaus Peter Riedl", "Vertrieb Medizinprodukte",
        "Hallo Frau Hammerschmid, wir sind beide Mitglied der Gruppe „Pflege & Gesundheit Österreich“. Vielleicht ergeben sich ja Synergien, man weiß nie. Ich freue mich auf die Vernetzung!",
        B, "de", "Shared-group template, lightly reworded.",
        reg="sie", refers=["Gruppe „Pflege & Gesundheit Österreich“"]),
])

family("F21-profilbesuch-gemeldet", [
    rec(X, "Gerhard Schöller", "Immobilienmakler | Anlegerwohnungen Wien",
        "Grüß Gott, ich habe gesehen, dass Sie kürzlich auf meinem Profil waren – da dachte ich, ich melde mich gleich! Auf gute Vernetzung.",
        B, "de", "'You visited my profile' opener used by collectors; no reason of their own.",
        reg="sie"),
    rec(X, "Nicole Haslinger", "Ernährungsberaterin",
        "Hallo Veronika, hab gesehen, dass du kürzlich auf meinem Profil warst – da dachte ich, ich meld mich gleich 😊 Auf gute Vernetzung!",
        B, "de", "Profile-visit template in du form.",
        reg="du"),
    rec(X, "Ing. Werner Mühlbauer", "Technischer Leiter",
        "Guten Tag Frau Hammerschmid, vielen Dank für Ihren Besuch auf meinem Profil! Da dachte ich, ich melde mich gleich. Auf gute Vernetzung und beste Grüße",
        B, "de", "Profile-visit template reworded as thanks.",
        reg="sie"),
    rec(X, "Samuel Okafor", "Business Consultant",
        "Hello Veronika, I noticed you recently viewed my profile, so I thought I'd reach out right away! Looking forward to connecting.",
        B, "en", "English profile-visit template.",
        ),
])

family("F22-dach-healthcare-leaders", [
    rec(L, "Daniel Wolff", "Healthcare Strategy | Investor",
        "Hi Veronika, I'm building a network of forward-thinking healthcare leaders across the DACH region and your profile stood out. Would love to connect and exchange ideas!",
        B, "en", "Generic 'building a network of leaders' template.",
        ),
    rec(L, "Priya Shah", "Digital Health Consultant",
        "Hi Veronika, I'm growing my network of forward-thinking healthcare leaders in DACH – your profile really stood out! Would love to connect and exchange ideas. 🙂",
        B, "en", "Same network-of-leaders template, lightly reworded.",
        ),
    rec(L, "Florian Meixner", "Partner | Health Ventures Vienna",
        "Hello {first_name}, I'm building a network of forward-thinking healthcare leaders across the DACH region and your profile stood out. Would love to connect!",
        B, "en", "Network-of-leaders template with unfilled {first_name}.",
        ),
    rec(X, "Tobias Lindner", "Healthcare Innovation Manager",
        "Hallo Frau Hammerschmid, ich baue gerade ein Netzwerk zukunftsorientierter Führungskräfte im Gesundheitswesen der DACH-Region auf – Ihr Profil ist mir dabei sofort aufgefallen. Ich freue mich auf den Austausch!",
        B, "de", "German translation of the network-of-leaders template.",
        reg="sie"),
])

family("F23-headhunter-vertraulich", [
    rec(L, "Olivia Bennett", "Senior Consultant Healthcare | Alpine Executive Search",
        "Hi Veronika, I came across your profile and was really impressed by your background in critical care. I'm partnering with a leading hospital group in Switzerland on an exciting Head of Nursing opportunity. Open to a confidential chat?",
        B, "en", "Headhunter template; 'background in critical care' read off the headline, no mutual contact.",
        asks=["Open to a confidential chat?"]),
    rec(L, "Julian Steiner", "Executive Search | Healthcare DACH",
        "Hallo Frau Hammerschmid, Ihr Werdegang in der Intensivpflege hat mich sehr beeindruckt. Aktuell begleite ich eine führende Klinikgruppe in München bei der Besetzung einer spannenden Pflegedirektion. Wären Sie offen für ein vertrauliches Gespräch?",
        B, "de", "German headhunter template.",
        reg="sie", asks=["Wären Sie offen für ein vertrauliches Gespräch?"]),
    rec(L, "Fatima Al-Sayed", "Talent Partner | Gulf Healthcare Recruitment",
        "Dear Veronika, I came across your profile and was really impressed by your background in critical care. We're hiring Nurse Managers for a leading hospital in Abu Dhabi – tax-free salary, housing included. Open to a confidential chat?",
        B, "en", "Headhunter template with a different market and perks.",
        asks=["Open to a confidential chat?"]),
    rec(X, "Markus Ebner", "Personalberater | Pflege & Medizin",
        "Sehr geehrte Frau Hammerschmid, ich bin auf Ihr Profil gestoßen und war von Ihrem Hintergrund in der Intensivpflege sehr beeindruckt. Für eine renommierte Klinikgruppe in der Schweiz suche ich eine Leitung Pflege Intensivmedizin. Wären Sie offen für ein vertrauliches Gespräch?",
        B, "de", "German copy of the Alpine headhunter template.",
        reg="sie", asks=["Wären Sie offen für ein vertrauliches Gespräch?"]),
])

family("F24-post-resonated", [
    rec(L, "Kevin Walsh", "Growth Marketer | Healthcare SaaS",
        "Hi Veronika, I really enjoyed your recent post – it resonated with me a lot! Would love to connect and keep learning from your insights.",
        B, "en", "Hard case: 'content engager' template – praises a post that is never named.",
        ),
    rec(L, "Sofia Romano", "Healthcare Content Strategist",
        "Hi Veronika, your recent post about [topic] really resonated with me. Would love to connect and keep learning from your insights!",
        B, "en", "Content-engager template with the [topic] placeholder left in.",
        ),
    rec(X, "Daniela Kurz", "Marketing Managerin | Gesundheitsbranche",
        "Hallo Frau Hammerschmid, Ihr letzter Beitrag hat mich sehr inspiriert – er hat mich wirklich zum Nachdenken gebracht! Ich würde mich freuen, weiterhin von Ihren Impulsen zu lernen.",
        B, "de", "Hard case: German content-engager template; the only wish is to keep reading her (unnamed) posts, hence follow.",
        reg="sie", action="follow"),
    rec(L, "Ahmed Farouk", "Healthcare Operations",
        "Hi Veronika, your recent post really resonated with me! I'd love to follow along and keep learning from your insights.",
        B, "en", "Content-engager template whose only wish is to follow; no post named.",
        action="follow"),
])

family("F25-umfrage-berufsausstieg", [
    rec(X, "Theresa Koch", "Masterstudentin Pflegemanagement",
        "Liebe Pflegende, im Rahmen meiner Masterarbeit führe ich eine Online-Befragung zum Thema „Berufsausstieg in der Pflege“ durch (Dauer: ca. 10 Minuten). Ich würde mich riesig freuen, wenn Sie teilnehmen und den Link in Ihrem Team teilen: [Link]. Herzlichen Dank!",
        B, "de", "Survey request mass-sent to 'Liebe Pflegende' with the [Link] placeholder unfilled.",
        reg="sie", asks=["Ich würde mich riesig freuen, wenn Sie teilnehmen und den Link in Ihrem Team teilen"]),
    rec(X, "Lea Hofbauer", "MSc Pflegemanagement i.A.",
        "Liebe Pflegende, für meine Masterarbeit suche ich Teilnehmende für eine Online-Befragung zum Berufsausstieg in der Pflege (10 Min.). Ich würde mich riesig freuen, wenn Sie teilnehmen und den Link im Team teilen: forms.gle/pflexit24. Danke!",
        B, "de", "Same survey text from a fellow student.",
        reg="sie", asks=["Ich würde mich riesig freuen, wenn Sie teilnehmen und den Link im Team teilen"]),
    rec(X, "Johanna Strasser", "Studentin MSc Pflegemanagement",
        "Hallo liebe Pflegende! Für meine Masterarbeit mache ich eine Online-Umfrage zum Berufsausstieg in der Pflege (ca. 10 Min.). Wär super, wenn du mitmachst und den Link im Team teilst: forms.gle/pflexit24 🙏",
        B, "de", "Survey template in du form.",
        reg="du", asks=["Wär super, wenn du mitmachst und den Link im Team teilst"]),
])

family("F26-vip-ticket-produktlunch", [
    rec(X, "Claudia Rainer", "Eventkooperationen | MediPharm Austria",
        "Sehr geehrte Frau Hammerschmid, als Partner des „Pflegeforum Zukunft 2025“ dürfen wir ausgewählten Führungskräften aus der Pflege ein kostenloses VIP-Ticket (Wert 390 €) zur Verfügung stellen. Im Anschluss lädt unser Team zu einem Produkt-Lunch ein. Darf ich Ihnen ein Ticket reservieren?",
        B, "de", "Pharma-sponsored 'free' congress ticket with a product lunch; 'ausgewählte Führungskräfte' = everyone.",
        reg="sie", refers=["„Pflegeforum Zukunft 2025“"], asks=["Darf ich Ihnen ein Ticket reservieren?"]),
    rec(L, "Stefanie Gruber", "Congress Partnerships | MediPharm",
        "Sehr geehrte Frau Hammerschmid, als Partner des „Pflegeforum Zukunft 2025“ vergeben wir kostenlose VIP-Tickets (Wert 390 €) an ausgewählte Führungskräfte der Pflege – inkl. Produkt-Lunch mit unserem Team. Soll ich eines für Sie reservieren?",
        B, "de", "Same sponsored-ticket template, shortened.",
        reg="sie", refers=["„Pflegeforum Zukunft 2025“"], asks=["Soll ich eines für Sie reservieren?"]),
    rec(X, "Andreas Moser", "Key Account | MediPharm Austria",
        "Hallo Veronika! Wir sind Partner beim „Pflegeforum Zukunft 2025“ und dürfen ein paar kostenlose VIP-Tickets (Wert 390 €) an Führungskräfte aus der Pflege vergeben – danach gibt's ein Produkt-Lunch mit uns. Soll ich dir eines reservieren? 🎟️",
        B, "de", "Sponsored-ticket template in du form.",
        reg="du", refers=["„Pflegeforum Zukunft 2025“"], asks=["Soll ich dir eines reservieren?"]),
])

family("F27-summit-kaffee", [
    rec(L, "Laura Fischer", "Enterprise Sales | StaffFlow Health",
        "Hi Veronika, ahead of the DACH Nursing Leadership Summit in Munich, we're meeting with ICU leaders to discuss staffing innovation. Will you be attending? Would love to set up a quick coffee.",
        B, "en", "Hard case: names a real-sounding event, but one she has no link to; sales meeting request sent to all ICU leads.",
        refers=["DACH Nursing Leadership Summit"], asks=["Will you be attending?", "Would love to set up a quick coffee."]),
    rec(L, "Max Brenner", "Partnerships | StaffFlow Health",
        "Hi Veronika, ahead of Digital Health Days Vienna we're meeting ICU leaders to talk staffing innovation. Will you be there? Would love a quick coffee!",
        B, "en", "Summit-coffee template with the event swapped to a Vienna one.",
        refers=["Digital Health Days Vienna"], asks=["Will you be there?", "Would love a quick coffee!"]),
    rec(X, "Johannes Pichler", "Sales Director Austria | StaffFlow Health",
        "Hallo Frau Hammerschmid, im Vorfeld des DACH Nursing Leadership Summit treffen wir uns mit Führungskräften aus der Intensivpflege, um über innovative Personalplanung zu sprechen. Sind Sie auch vor Ort? Ich würde Sie gerne auf einen Kaffee einladen.",
        B, "de", "German version of the summit-coffee template.",
        reg="sie", refers=["DACH Nursing Leadership Summit"], asks=["Sind Sie auch vor Ort?", "Ich würde Sie gerne auf einen Kaffee einladen."]),
    rec(L, "Emma Schulz", "Account Manager | StaffFlow Health",
        "Hi Veronika, ahead of the Austrian Critical Care Week we're meeting nursing leaders to discuss staffing innovation. Will you be attending? Would love to grab a quick coffee there.",
        B, "en", "Hard case: summit-coffee template naming a plausible Austrian event she is not part of.",
        refers=["Austrian Critical Care Week"], asks=["Will you be attending?", "Would love to grab a quick coffee there."]),
])

# ---------------------------------------------------------------------------
# ONE-OFF BOILERPLATE (unique wording, but could go to anyone)
# ---------------------------------------------------------------------------

single(rec(X, "Renate Fink", "Assistentin der Geschäftsführung",
    "Ihr Profil ist wirklich beeindruckend! Menschen wie Sie machen unser Gesundheitssystem besser. Ich würde mich freuen, Sie in meinem Netzwerk zu haben.",
    B, "de", "Flattery without any specific; fits every nurse on XING.", reg="sie"))
single(rec(L, "Vikram Patel", "Healthcare Enthusiast | Life-long learner",
    "Your dedication to patient care truly inspires me. Nurses like you are the backbone of healthcare. Let's connect!",
    B, "en", "Generic flattery of the profession."))
single(rec(X, "Manuel Kaiser", "Vertriebsmitarbeiter",
    "XING hat dich mir als Kontakt vorgeschlagen – da sag ich nicht nein 😉",
    B, "de", "Only reason is the platform's suggestion.", reg="du"))
single(rec(X, "Gudrun Pfeffer", "Energetikerin | Humanenergetik Wien",
    "Liebe Frau Hammerschmid, ich habe Sie beim Pflegekongress in Salzburg gesehen – Ihr Vortrag war großartig! Ich biete begleitende Energiearbeit für Pflegekräfte an und würde mich über eine Vernetzung freuen.",
    B, "de", "Hard case: names a congress and 'Ihr Vortrag', but she never spoke in Salzburg; the claim is generic and precedes a pitch.",
    reg="sie", refers=["beim Pflegekongress in Salzburg", "Ihr Vortrag"]))
single(rec(X, "Hannes Wögerbauer", "Immobilien | Vorsorgewohnungen Wien",
    "Guten Tag Frau Hammerschmid, gerade für Führungskräfte im Gesundheitswesen sind Vorsorgewohnungen eine attraktive Möglichkeit, die Pension abzusichern. Aktuell habe ich drei Objekte im 10. Bezirk mit 4,1 % Rendite. Darf ich Ihnen ein Exposé senden?",
    B, "de", "One-off real-estate investment pitch.", reg="sie", asks=["Darf ich Ihnen ein Exposé senden?"]))
single(rec(L, "Dr. Richard Hamilton", "Surgeon | UN Medical Mission",
    "Hello dear, I came across your profile and your beautiful smile caught my attention. I am a surgeon working with the UN in Yemen. I would like to know you better if you don't mind.",
    B, "en", "Romance-scam opener; nothing professional or specific."))
single(rec(X, "Monika Redl", "Spitzenkandidatin | Liste „Pflege zuerst“",
    "Als Spitzenkandidatin der Liste „Pflege zuerst“ bei der Personalvertretungswahl setze ich mich für bessere Dienstpläne ein. Ich freue mich über Ihre Unterstützung – jede Stimme zählt!",
    B, "de", "Election canvassing sent to every nurse; 'Dienstpläne' is not a reference to her blog.",
    reg="sie", asks=["Ich freue mich über Ihre Unterstützung"]))
single(rec(L, "Olivia Reed", "Healthcare Leadership | Speaker",
    "Hi Veronika, your work in critical care nursing at Klinik Wienerberg is truly remarkable. Your commitment to patient outcomes and team leadership aligns perfectly with our mission at CareBridge. I'd love to connect and explore synergies.",
    B, "en", "Hard case: AI-written, names her employer from the headline, but nothing she actually did; could go to anyone at that hospital.",
    refers=["Klinik Wienerberg"]))
single(rec(X, "Dr. Anton Kerschbaum", "Unternehmensberater",
    "Sehr geehrte Frau Hammerschmid, als Expertin für Delirprävention und Intensivpflege wären Sie eine echte Bereicherung für mein Netzwerk. Ich freue mich auf spannenden Austausch!",
    B, "de", "Hard case: repeats topic keywords from her headline, but gives no reason of his own.", reg="sie"))
single(rec(X, "Yvonne Maier", "Marketing",
    "Hallo Frau Hammerschmid, ich folge gerne interessanten Menschen aus dem Gesundheitswesen, um über aktuelle Trends informiert zu bleiben.",
    B, "de", "Only wish is to follow; no content of hers named.", reg="sie", action="follow"))
single(rec(X, "Chris Taylor", "Entrepreneur | Investor | Coach",
    "Hi Veronika, I follow thought leaders in healthcare and would love to see your updates in my feed. Keep up the great work!",
    B, "en", "Generic follow wish; nothing of hers named.", action="follow"))
single(rec(L, "Marija Kovačić", "Agencija za zapošljavanje medicinskih sestara",
    "Poštovana, naša agencija traži iskusne medicinske sestre za rad u Njemačkoj i Austriji – plaća do 3.800 €, smještaj osiguran. Javite nam se ako ste zainteresirani ili preporučite kolegice!",
    B, "hr", "One-off Croatian recruiting-agency pitch to any nurse.",
    asks=["Javite nam se ako ste zainteresirani ili preporučite kolegice!"]))
single(rec(X, "Horst Lehner", "Senior Berater",
    "Sehr geehrte Frau Hammerschmid, Ihr Profil ist mir als „Person, die Sie kennen könnten“ angezeigt worden. Kennen wir uns? Falls nicht, würde ich mich trotzdem über die Vernetzung freuen.",
    B, "de", "Hard case: asks a question, but the only reason is the platform's suggestion.",
    reg="sie", asks=["Kennen wir uns?"]))
single(rec(L, "Aaron Blake", "AI for Healthcare | Founder",
    "Hi Veronika, your expertise in delirium prevention and early mobilisation is exactly what the future of ICU care needs. At VitalLoop we combine both with AI – 3 pilot ICUs, 31% faster mobilisation. Would love your thoughts!",
    B, "en", "Hard case: AI pitch that lists her two headline topics but no article, talk or shared occasion.",
    asks=["Would love your thoughts!"]))
single(rec(X, "Peter Haas", "Healthcare Consultant",
    "Hallo Frau Hammerschmid, wir sind uns sicher schon einmal auf einer Veranstaltung begegnet – Ihr Gesicht kommt mir bekannt vor. Auf gute Vernetzung!",
    B, "de", "Hard case: vague fake familiarity ('auf einer Veranstaltung'), nothing checkable.", reg="sie"))

# ---------------------------------------------------------------------------
# PERSONAL
# ---------------------------------------------------------------------------
W = {  # date windows (start, end) tied to the persona's timeline
    "after_blog1": ("2024-04-16", END),
    "after_krems": ("2024-05-18", END),
    "after_article": ("2024-06-21", END),
    "after_donauinsel": ("2024-06-24", "2024-08-31"),
    "after_blog2": ("2024-08-21", END),
    "after_podcast": ("2024-09-20", END),
    "after_lj": ("2024-10-13", END),
    "after_blog3": ("2024-11-11", END),
    "delirtag": ("2024-11-20", "2025-02-18"),
}

single(rec(X, "Markus Wendl", "DGKP Intensivpflege | Klinik Wienerberg",
    "Servus Vroni, jetzt bin ich auch endlich auf XING 😅 Nach elf Jahren gemeinsamer Nachtdienste auf der 3B wird's Zeit, dass wir auch hier vernetzt sind. Bis Donnerstag im Dienst!",
    P, "de", "Long-time colleague on her ward, uses her nickname and shared night shifts.", reg="du",
    refers=["elf Jahren gemeinsamer Nachtdienste auf der 3B"]))
single(rec(X, "Claudia Breitenecker", "Stationsleitung Interdisziplinäre Intensivstation 3B | Klinik Wienerberg",
    "Liebe Veronika, nachdem wir das Intensivtagebuch-Projekt jetzt auch offiziell für die ganze Abteilung ausrollen, sollten wir wohl auch hier verbunden sein. Danke nochmal für deine Präsentation in der Stationsleitungsrunde!",
    P, "de", "Her ward manager, names their joint ICU-diary project and a concrete meeting.", reg="du",
    refers=["das Intensivtagebuch-Projekt", "deine Präsentation in der Stationsleitungsrunde"]))
single(rec(X, "Hermine Zauner", "Pflegeassistentin | Akutgeriatrie Klinik Wienerberg",
    "Hallo Veronika! Weißt du noch, Pavillon C, die Weihnachtsfeier 2018 mit dem Punsch, der viel zu stark war? 😂 Ich bin immer noch auf der Akutgeriatrie und denk oft an dich als Stationsleitung. Alles Liebe, Hermi",
    P, "de", "Former team member from her geriatric ward with a shared memory.", reg="du",
    refers=["Pavillon C", "die Weihnachtsfeier 2018 mit dem Punsch"]))
single(rec(X, "Lukas Ebner", "Physiotherapeut | Intensivmedizin | Klinik Wienerberg",
    "Hi Veronika, für den Folgeantrag zum Frühmobilisationsprojekt bräuchte ich die Zahlen aus eurem Pflegerundschau-Artikel in der Rohfassung. Kannst du mir die Excel-Tabelle schicken? Und danke, dass du mich als Co-Autor genannt hast!",
    P, "de", "Co-worker on her early-mobilisation article asking for its raw data.", reg="du",
    refers=["Frühmobilisationsprojekt", "eurem Pflegerundschau-Artikel"],
    asks=["Kannst du mir die Excel-Tabelle schicken?"], win=W["after_article"]))
single(rec(X, "Dr. Ines Kalchbrenner", "Oberärztin Anästhesie & Intensivmedizin | Klinik Wienerberg",
    "Liebe Veronika, danke für die Delir-Fortbildung letzten Mittwoch – das Team redet immer noch davon. Ich würde das gern in unsere Assistenzärzt:innen-Einschulung aufnehmen. Hättest du im Herbst einen Termin frei?",
    P, "de", "Senior physician from her hospital, names a training she gave.", reg="du",
    refers=["die Delir-Fortbildung letzten Mittwoch"], asks=["Hättest du im Herbst einen Termin frei?"],
    win=("2024-04-01", "2024-07-15")))
single(rec(X, "Stefan Gruber", "DGKP | Praxisanleiter | Akutgeriatrie Klinik Wienerberg",
    "Servus Veronika! Ich hab jetzt die Weiterbildung zur Praxisanleitung fertig – und dein alter Einschulungsordner von der Akutgeriatrie ist immer noch unsere Bibel 😄 Würd mich freuen, wenn wir wieder in Kontakt sind.",
    P, "de", "Former geriatric-ward colleague naming her onboarding binder.", reg="du",
    refers=["dein alter Einschulungsordner von der Akutgeriatrie"]))
single(rec(L, "Dragana Petrović", "Medicinska sestra | KBC Zagreb | ex Klinik Wienerberg",
    "Draga Veronika, hvala ti još jednom što si me uhodala na 3B prije dvije godine – bez tebe ne bih izdržala prve noćne smjene. Sada sam u Zagrebu i nedostaje mi naš tim. Pozdrav svima!",
    P, "hr", "Croatian ex-colleague she trained on ward 3B.",
    refers=["na 3B prije dvije godine", "prve noćne smjene"]))
single(rec(X, "Sabine Hollerer", "DGKP | Intensivstation 2A | Klinik Wienerberg",
    "Sehr geehrte Frau Hammerschmid, ich bin neu als Delir-Beauftragte auf der 2A und Frau Breitenecker hat mir geraten, mich bei Ihnen zu melden. Dürfte ich mir einmal einen Nachtdienst lang das Delir-Screening auf der 3B anschauen?",
    P, "de", "Named mutual contact (her ward manager) and a concrete request about her ward's practice.", reg="sie",
    refers=["Frau Breitenecker", "das Delir-Screening auf der 3B"],
    asks=["Dürfte ich mir einmal einen Nachtdienst lang das Delir-Screening auf der 3B anschauen?"]))
single(rec(X, "Martin Pusch", "Stationssekretär | Klinik Wienerberg",
    "Hallo Veronika, du hast mir letzte Woche beim Umzug der Station die Kisten mit den Pflegeordnern bis in den 4. Stock getragen, weil der Lift wieder steckte – das vergess ich dir nicht 😅 Vernetzen wir uns?",
    P, "de", "Real shared moment at work, no profile keyword at all.", reg="du",
    refers=["beim Umzug der Station"], asks=["Vernetzen wir uns?"]))
single(rec(X, "Jana Novak", "Notfallsanitäterin",
    "Hallo Veronika, ich war die Sanitäterin, die dir im Februar um drei in der Früh den Herrn mit der Unterkühlung gebracht hat – du hast mir danach noch einen Kaffee aus eurem Stützpunkt gemacht. Hat mir in der Nacht echt gutgetan. LG Jana",
    P, "de", "Shared night-shift moment (patient handover, coffee); no profile keyword.", reg="du",
    refers=["im Februar um drei in der Früh den Herrn mit der Unterkühlung"], win=("2024-03-04", "2024-04-10")))
single(rec(X, "Elisabeth Fraunschiel", "Pensionistin",
    "Liebe Frau Hammerschmid, Sie haben mir im August in der Straßenbahnlinie 6 geholfen, als mein Mann plötzlich zusammengesackt ist, und sind bis zur Rettung bei uns geblieben. Mein Enkel hat Ihren Namen hier gefunden. Es geht ihm wieder gut. Danke von Herzen!",
    P, "de", "Stranger thanking her for first aid on a tram; real shared moment with no profile keyword.", reg="sie",
    refers=["im August in der Straßenbahnlinie 6"], win=("2024-09-02", "2024-10-20")))
single(rec(X, "Gregor Mautner", "Software-Entwickler",
    "Hallo Veronika, hab grad gesehen, dass du das bist – Alt 2 vom Chor Klangraum Ottakring! 😄 Danke noch für die Mitfahrgelegenheit nach der Probe letzten Dienstag. Bis zum Adventkonzert!",
    P, "de", "Fellow choir member; private shared context unrelated to her profile.", reg="du",
    refers=["Chor Klangraum Ottakring", "die Mitfahrgelegenheit nach der Probe letzten Dienstag", "Adventkonzert"],
    win=("2024-10-01", "2024-11-25")))
single(rec(X, "Kerstin Mayrhofer", "Sanitäterin (ehrenamtlich) | Studentin Medizin",
    "Hi Veronika! Wir hatten gemeinsam Dienst im Sanitätszelt beim Donauinselfest – Samstagnacht, die vielen Kreislaufkollapse bei 32 Grad 🥵 Du hast mir das Triage-Zettelsystem erklärt. Würd gern in Kontakt bleiben!",
    P, "de", "Shared volunteer shift at the Donauinselfest.", reg="du",
    refers=["Sanitätszelt beim Donauinselfest", "Samstagnacht", "das Triage-Zettelsystem"], win=W["after_donauinsel"]))
single(rec(X, "Philipp Harrer", "Controlling | Klinik Wienerberg",
    "Hallo Veronika, wir sind beim Vienna City Marathon in derselben Staffel der Klinik gelaufen – du die zweite Etappe, ich die dritte. Nächstes Jahr wieder?",
    P, "de", "Shared sporting event with a colleague from another department.", reg="du",
    refers=["Vienna City Marathon", "derselben Staffel der Klinik"], asks=["Nächstes Jahr wieder?"],
    win=("2024-04-22", "2024-06-10")))
single(rec(X, "Ruth Sandner", "Kirchenmusikerin | Chorleiterin",
    "Liebe Veronika, danke, dass du bei der Generalprobe so schnell reagiert hast, als unser Tenor umgekippt ist. Alle reden noch davon. Bis Dienstag bei der Probe! Ruth (Klangraum Ottakring)",
    P, "de", "Her choir director recalling a shared incident.", reg="du",
    refers=["bei der Generalprobe", "Klangraum Ottakring"], win=("2024-12-01", "2024-12-20")))
single(rec(X, "Lena Huber", "Studentin Gesundheits- und Krankenpflege | FH am Wienfluss",
    "Liebe Frau Hammerschmid, ich schreibe meine Bachelorarbeit über Intensivtagebücher und Ihre Vorlesung in Clinical Reasoning hat mich auf das Thema gebracht. Dürfte ich Ihnen drei kurze Fragen per Mail stellen?",
    P, "de", "Her student, names her course and asks permission to mail questions.", reg="sie",
    refers=["Intensivtagebücher", "Ihre Vorlesung in Clinical Reasoning"],
    asks=["Dürfte ich Ihnen drei kurze Fragen per Mail stellen?"]))
single(rec(X, "Jakob Steiner", "Student GuK, 4. Semester | FH am Wienfluss",
    "Guten Tag Frau Hammerschmid, ich war in Ihrer Gruppe im Skills Lab am Montag (Fallbeispiel Herr K. mit dem Delir). Sie haben gesagt, wir können uns melden, wenn wir ein Praktikum auf der Intensiv suchen – gilt das noch für das Sommersemester?",
    P, "de", "Student from her skills-lab group with a concrete follow-up.", reg="sie",
    refers=["Ihrer Gruppe im Skills Lab am Montag", "Fallbeispiel Herr K. mit dem Delir"],
    asks=["gilt das noch für das Sommersemester?"]))
single(rec(X, "Aylin Demir", "DGKP | Intensivstation | Graz",
    "Liebe Frau Hammerschmid, ich bin seit Oktober DGKP auf einer Intensivstation in Graz und denke jeden Nachtdienst an Ihren Satz: „Das Delir kündigt sich meistens am Nachmittag an.“ Danke für Ihre Lehrveranstaltung damals! Herzliche Grüße, Aylin Demir (Jahrgang 2020)",
    P, "de", "Former student quoting something she taught.", reg="sie",
    refers=["„Das Delir kündigt sich meistens am Nachmittag an.“", "Ihre Lehrveranstaltung damals", "Jahrgang 2020"]))
single(rec(X, "Zsófia Nagy", "Ápoló | intenzív osztály | Sopron",
    "Kedves Pleschberger asszony! Én voltam az a soproni cserediák, akit 2016-ban Ön vezetett be a geriátriai osztályon. Most intenzív osztályon dolgozom, és sokszor gondolok a tanácsaira. Szeretettel üdvözlöm!",
    P, "hu", "Hard case: former exchange student addresses her by her maiden name (alias) and recalls the geriatric ward.",
    refers=["Pleschberger", "2016-ban Ön vezetett be a geriátriai osztályon"]))
single(rec(X, "Prof. Dr. Birgit Lechner", "Studiengangsleitung GuK | FH am Wienfluss",
    "Liebe Veronika, wie besprochen: Vernetzen wir uns auch hier, dann kann ich dich für den Wiener Delir-Tag offiziell im Programm verlinken. Die Raumfrage für den Festsaal klär ich bis Freitag. LG Birgit",
    P, "de", "Her programme director co-organising the Wiener Delir-Tag.", reg="du",
    refers=["den Wiener Delir-Tag", "Raumfrage für den Festsaal"], asks=["Vernetzen wir uns auch hier"],
    win=("2024-10-15", "2024-12-15")))
single(rec(X, "Mira Kastner", "Studentin GuK | FH am Wienfluss",
    "Sehr geehrte Frau Hammerschmid, ich habe Ihre Gastvorlesung zu Angehörigen auf der Intensivstation leider wegen eines Praktikumsdienstes verpasst. Hätten Sie die Folien für mich, oder sind sie im Moodle?",
    P, "de", "Student asking for the slides of her lecture.", reg="sie",
    refers=["Ihre Gastvorlesung zu Angehörigen auf der Intensivstation"],
    asks=["Hätten Sie die Folien für mich, oder sind sie im Moodle?"]))
single(rec(X, "Gertrude Sailer", "Direktorin i.R. | Schule für allgemeine Gesundheits- und Krankenpflege Wien-Hietzing",
    "Liebe Veronika, ich habe Ihren Artikel über die Frühmobilisation in der Pflegerundschau gelesen und war richtig stolz. Wer hätte das gedacht von der Schülerin, die 2005 bei der ersten Injektionsübung fast umgekippt ist! Herzlich, Ihre Gertrude Sailer",
    P, "de", "Her own former school director, names her article and a memory from training.", reg="sie",
    refers=["Ihren Artikel über die Frühmobilisation in der Pflegerundschau", "2005 bei der ersten Injektionsübung"],
    win=W["after_article"]))
single(rec(X, "Maria Holzinger", "DGKP i.R.",
    "Liebe Vroni, ich hab dich im Podcast „Pflege.Stimmen“ gehört und sofort deine Stimme erkannt! Dass du nach 15 Jahren noch Nachtdienste machst, wundert mich gar nicht. Alles Liebe von deiner alten Praxisanleiterin",
    P, "de", "Her former practice supervisor, refers to her podcast episode by paraphrase.", reg="du",
    refers=["Podcast „Pflege.Stimmen“", "nach 15 Jahren noch Nachtdienste"], win=W["after_podcast"]))
single(rec(X, "Mag. Dr. Karl Stadlmann", "Pflegedirektor | Landesklinikum Waldviertel",
    "Sehr geehrte Frau Hammerschmid, Ihr Beitrag „Frühmobilisation auf der Intensivstation: Was wir aus 200 Patient:innen gelernt haben“ wird bei uns gerade in der Pflegeleitungskonferenz diskutiert. Wie haben Sie die Personalbindung für die Mobilisationsrunden am Wochenende gelöst?",
    P, "de", "Names her article by full title and asks a specific question about it.", reg="sie",
    refers=["„Frühmobilisation auf der Intensivstation: Was wir aus 200 Patient:innen gelernt haben“"],
    asks=["Wie haben Sie die Personalbindung für die Mobilisationsrunden am Wochenende gelöst?"],
    win=W["after_article"]))
single(rec(L, "Dr. Hannah Roth", "Pflegewissenschaftlerin | Delirforschung",
    'Dear Ms Hammerschmid, I heard your talk "Night shift, day thinking" in Ljubljana. You mentioned a 4AT-based night protocol – is there a written version I could cite in our review? Many thanks!',
    P, "en", "Names her Ljubljana talk and a detail from it.",
    refers=["Night shift, day thinking", "Ljubljana", "a 4AT-based night protocol"],
    asks=["is there a written version I could cite in our review?"], win=W["after_lj"]))
single(rec(X, "Petra Stocker", "DGKP | Intensivstation | Landesklinikum Mostviertel",
    "Liebe Frau Hammerschmid, Ihr Blogtext über das Delir in der ersten Nacht hat bei uns eine kleine Revolution ausgelöst – wir dimmen jetzt um 22 Uhr das Licht und machen keine Routine-Blutabnahmen mehr um 4. Darf ich Sie zitieren, wenn ich das im Team präsentiere?",
    P, "de", "Clear paraphrase of her blog post on first-night delirium plus a permission request.", reg="sie",
    refers=["Ihr Blogtext über das Delir in der ersten Nacht"],
    asks=["Darf ich Sie zitieren, wenn ich das im Team präsentiere?"], win=W["after_blog1"]))
single(rec(X, "Sebastian Egger", "Lehrer",
    "Sehr geehrte Frau Hammerschmid, meine Mutter lag im Frühjahr zwei Wochen auf der 3B. Das Tagebuch, das Ihr Team für sie geschrieben hat, liest sie heute noch. Ich wollte einfach Danke sagen.",
    P, "de", "Patient's relative thanking her ward for the ICU diary.", reg="sie",
    refers=["auf der 3B", "Das Tagebuch, das Ihr Team für sie geschrieben hat"], win=("2024-06-01", END)))
single(rec(X, "Elisabeth Moser", "Chefredakteurin | Österreichische Pflegerundschau",
    "Liebe Veronika, dein Artikel zur Frühmobilisation war unser meistgelesener Beitrag im Sommer! Hättest du Lust, für Heft 1/2025 über das Intensivtagebuch zu schreiben? Abgabe wäre Mitte November.",
    P, "de", "Her editor, names her article and commissions the next one.", reg="du",
    refers=["dein Artikel zur Frühmobilisation", "Heft 1/2025", "das Intensivtagebuch"],
    asks=["Hättest du Lust, für Heft 1/2025 über das Intensivtagebuch zu schreiben?"],
    win=("2024-08-15", "2024-09-30")))
single(rec(X, "Georg Pammer", "Host „Pflege.Stimmen“ | DGKP",
    "Hallo Veronika, danke nochmal fürs Gespräch im Studio! Die Folge „Warum ich nach 15 Jahren noch Nachtdienste mache“ geht am 19. September online. Magst du sie dann auch teilen?",
    P, "de", "Hard case: a podcast host (cf. pay-to-appear family F10), but this is the real episode she recorded, named by title.", reg="du",
    refers=["fürs Gespräch im Studio", "„Warum ich nach 15 Jahren noch Nachtdienste mache“"],
    asks=["Magst du sie dann auch teilen?"], win=("2024-09-02", "2024-09-17")))
single(rec(L, "Dr. Anna Wolfsberger", "Intensive Care Physician | Innsbruck",
    "Dear Veronika, your Krems talk on families as partners in the ICU changed how we run visiting hours. Could I share your slides with our nursing council? Kind regards, Anna",
    P, "en", "Paraphrases her Krems talk and asks to share the slides.",
    refers=["your Krems talk on families as partners in the ICU"],
    asks=["Could I share your slides with our nursing council?"], win=W["after_krems"]))
single(rec(X, "Roswitha Kern", "Pflegeberaterin | Angehörigenarbeit",
    "Grüß Gott Frau Hammerschmid, ich saß bei „Angehörige als Partner auf der ICU“ in Krems in der ersten Reihe und habe die Frage zu den Kindern als Besucher gestellt. Sie haben mir damals Ihre Checkliste angeboten – gilt das Angebot noch?",
    P, "de", "Names her talk by title and the question she asked there.", reg="sie",
    refers=["„Angehörige als Partner auf der ICU“", "in Krems", "die Frage zu den Kindern als Besucher"],
    asks=["gilt das Angebot noch?"], win=W["after_krems"]))
single(rec(L, "Ana Kovač", "Diplomirana medicinska sestra | intenzivna nega | Ljubljana",
    "Pozdravljeni, gospa Hammerschmid! Na forumu v Ljubljani sem pri kosilu sedela poleg vas in sva se pogovarjali o dnevnikih na intenzivni negi. Ali bi mi lahko poslali vašo predlogo za dnevnik? Lep pozdrav, Ana",
    P, "sl", "Slovenian nurse recalling their lunch talk at the Ljubljana forum.",
    refers=["Na forumu v Ljubljani", "o dnevnikih na intenzivni negi"],
    asks=["Ali bi mi lahko poslali vašo predlogo za dnevnik?"], win=W["after_lj"]))
single(rec(L, "Luca Moretti", "Infermiere di area critica | Trieste",
    "Ciao Veronika! Ci siamo conosciuti a Lubiana, al forum: ero quello con la domanda sui turni di notte e il protocollo per il delirium. Mi piacerebbe restare in contatto e magari venire a vedere il vostro reparto a Vienna.",
    P, "it", "Italian nurse who asked a question at her Ljubljana talk.",
    refers=["a Lubiana, al forum", "la domanda sui turni di notte e il protocollo per il delirium"],
    asks=["magari venire a vedere il vostro reparto a Vienna"], win=W["after_lj"]))
single(rec(X, "Tomáš Horváth", "Sestra špecialista | JIS | Bratislava",
    "Dobrý deň, Veronika! Spoznali sme sa v roku 2019 na výmennom pobyte na vašej geriatrii vo Viedni – ukazovala si mi vtedy vaše mobilizačné plány. Teraz vediem tím na JIS v Bratislave. Rád by som zostal v kontakte.",
    P, "sk", "Slovak nurse recalling an exchange visit to her geriatric ward.",
    refers=["v roku 2019 na výmennom pobyte na vašej geriatrii vo Viedni", "vaše mobilizačné plány"]))
single(rec(L, "Emre Aydın", "Yoğun bakım hemşiresi | İstanbul",
    "Merhaba Veronika Hanım, Ljubljana'daki forumda aile katılımı üzerine yaptığımız sohbeti unutmadım. Bahsettiğiniz ziyaret saatleri broşürünü paylaşabilir misiniz? Teşekkürler!",
    P, "tr", "Turkish nurse recalling a conversation at the Ljubljana forum and asking for a leaflet she mentioned.",
    refers=["Ljubljana'daki forumda", "aile katılımı üzerine yaptığımız sohbeti"],
    asks=["Bahsettiğiniz ziyaret saatleri broşürünü paylaşabilir misiniz?"], win=W["after_lj"]))
single(rec(L, "Katarzyna Nowak", "Pielęgniarka | OIOM | Kraków",
    "Dzień dobry, pani Veroniko! Byłam na Pani wystąpieniu w Lublanie o zapobieganiu delirium w nocy. Czy mogłabym przetłumaczyć Pani checklistę na polski dla naszego oddziału? Pozdrawiam serdecznie",
    P, "pl", "Polish nurse paraphrasing her Ljubljana talk and asking permission to translate.",
    refers=["na Pani wystąpieniu w Lublanie o zapobieganiu delirium w nocy"],
    asks=["Czy mogłabym przetłumaczyć Pani checklistę na polski dla naszego oddziału?"], win=W["after_lj"]))
single(rec(X, "Tobias Rainer", "DGKP | Mitorganisator Pflegeplausch Wien",
    "Servus Vroni, für den Pflegeplausch im Juni hab ich die Kandlgasse schon reserviert, nur der Beamer fehlt noch. Kannst du deinen mitnehmen? Und: vernetzen wir uns endlich auch hier 😄",
    P, "de", "Co-organiser of her meetup with a concrete logistics question.", reg="du",
    refers=["den Pflegeplausch im Juni", "die Kandlgasse"], asks=["Kannst du deinen mitnehmen?"],
    win=("2024-04-05", "2024-05-28")))
single(rec(X, "Miriam Haas", "Pflegefachassistentin | Hauskrankenpflege",
    "Hallo Veronika, ich war am Donnerstag zum ersten Mal beim Pflegeplausch und hab mich gleich wohlgefühlt. Danke für den Tipp mit der Weiterbildung Palliative Care! Bis nächsten Monat 😊",
    P, "de", "New attendee of her meetup thanking her for advice.", reg="du",
    refers=["beim Pflegeplausch", "den Tipp mit der Weiterbildung Palliative Care"], win=("2024-03-08", "2024-09-30")))
single(rec(X, "Seán Murphy", "ICU Nurse | Irish in Vienna",
    "Hi Veronika, I'm the Irish nurse who turned up at Pflegeplausch with terrible German last month 😅 Thanks for translating half the evening for me! Any chance you'd know who to ask about Nostrifizierung at the FH?",
    P, "en", "Meetup attendee with a shared moment and a concrete question.",
    refers=["Pflegeplausch", "translating half the evening"],
    asks=["Any chance you'd know who to ask about Nostrifizierung at the FH?"]))
single(rec(X, "Carina Pichler", "DGKP | Kinderintensiv | Wien",
    "Hallo Veronika, beim letzten Pflegeplausch hast du erzählt, dass ihr auf der 3B die Dienstplanwünsche per Punktesystem vergebt. Ich würd das gern bei uns auf der Kinderintensiv vorschlagen – dürfte ich dich mal anrufen?",
    P, "de", "Meetup attendee recalling a specific thing she said.", reg="du",
    refers=["beim letzten Pflegeplausch", "die Dienstplanwünsche per Punktesystem"], asks=["dürfte ich dich mal anrufen?"]))
single(rec(X, "Ulrike Fasching", "Pflegeexpertin Demenz | Pflegewohnhaus",
    "Liebe Veronika, danke für den Abend zum Thema „Demenz im Akutspital“ beim Pflegeplausch in der Kandlgasse – ich hab mir vier Seiten Notizen gemacht. Nächstes Mal bring ich meine Kollegin mit!",
    P, "de", "Names a specific meetup evening she hosted.", reg="du",
    refers=["„Demenz im Akutspital“", "beim Pflegeplausch in der Kandlgasse"]))
single(rec(X, "Ahmad Rahimi", "Pflegefachassistent in Ausbildung",
    "Hallo Veronika, ich bin der aus Afghanistan, der beim Pflegeplausch nach der PFA-Ausbildung gefragt hat. Ich habe jetzt einen Platz bekommen! Danke für deine Hilfe mit dem Motivationsschreiben.",
    P, "de", "Meetup attendee she helped with an application.", reg="du",
    refers=["beim Pflegeplausch", "der PFA-Ausbildung", "deine Hilfe mit dem Motivationsschreiben"]))
single(rec(X, "Mag. Andreas Frischauf", "Pflegedirektor-Stv. | Klinikum Schwarzatal",
    "Sehr geehrte Frau Hammerschmid, Dr. Sabine Ortner hat mir Ihren Namen genannt, als ich nach jemandem gefragt habe, der ein Delir-Screening in der Intensivpflege eingeführt hat. Wir stehen am Klinikum Schwarzatal genau am Anfang. Hätten Sie Zeit für ein Telefonat?",
    P, "de", "Named mutual contact (her former nursing director) and a concrete reason; the closing question is stock.", reg="sie",
    refers=["Dr. Sabine Ortner", "ein Delir-Screening in der Intensivpflege"], asks=["Hätten Sie Zeit für ein Telefonat?"]))
single(rec(L, "Nicole Berger", "Talent Acquisition | Klinikum Marchfeld",
    "Sehr geehrte Frau Hammerschmid, Ihr Kollege Markus Wendl meinte, eine APN-Stelle für Delirmanagement könnte Sie reizen. Wir bauen am Klinikum Marchfeld gerade die neue ICU auf. Darf ich Ihnen die Stellenbeschreibung schicken?",
    P, "de", "Hard case: recruiter, but names a real colleague of hers and a concrete role matching her work.", reg="sie",
    refers=["Markus Wendl", "eine APN-Stelle für Delirmanagement"], asks=["Darf ich Ihnen die Stellenbeschreibung schicken?"]))
single(rec(L, "Sophie Marchetti", "Programme Manager | Central European Critical Care Network",
    "Hi Veronika, Mojca Zupan suggested I reach out after your Ljubljana talk. We're funding a two-year nurse-led delirium fellowship in Graz and she thinks you'd be a strong candidate or mentor. Could I send you the call?",
    P, "en", "Hard case: reads like a recruiting pitch but names the forum chair and her talk.",
    refers=["Mojca Zupan", "your Ljubljana talk", "a two-year nurse-led delirium fellowship in Graz"],
    asks=["Could I send you the call?"], win=W["after_lj"]))
single(rec(X, "Dipl.-Ing. Herbert Lang", "IT-Projektleiter | Klinik Wienerberg",
    "Sehr geehrte Frau Hammerschmid, Dr. Kalchbrenner hat mich an Sie verwiesen: Wir bauen das Delir-Assessment ins neue Pflegedokumentationssystem ein und bräuchten eine Pflegeexpertin für die Testphase im Jänner. Wären Sie bereit, zwei Termine zu übernehmen?",
    P, "de", "Internal IT project lead with a named referrer and a concrete request; mentions documentation software like the AI pitches but is not one.", reg="sie",
    refers=["Dr. Kalchbrenner", "das Delir-Assessment ins neue Pflegedokumentationssystem"],
    asks=["Wären Sie bereit, zwei Termine zu übernehmen?"], win=("2024-11-01", "2024-12-20")))
single(rec(X, "Julia Hofstetter", "Gesundheitsjournalistin | Wiener Wochenblatt",
    "Sehr geehrte Frau Hammerschmid, Elisabeth Moser von der Pflegerundschau hat Sie mir empfohlen. Ich recherchiere für eine Reportage über Nachtdienste auf Intensivstationen. Wären Sie zu einem Gespräch bereit, gern auch anonymisiert?",
    P, "de", "Journalist with a named mutual contact (her editor).", reg="sie",
    refers=["Elisabeth Moser von der Pflegerundschau", "eine Reportage über Nachtdienste auf Intensivstationen"],
    asks=["Wären Sie zu einem Gespräch bereit, gern auch anonymisiert?"]))
single(rec(X, "Karin Pöschl", "Hospizkoordinatorin | Mobiles Palliativteam",
    "Liebe Veronika, Hermi Zauner hat mir erzählt, dass du Angehörigengespräche auf der Intensiv schulst. Wir suchen für unsere Ehrenamtlichen-Fortbildung im März genau so jemanden. Magst du dich melden?",
    P, "de", "Named mutual contact (ex-colleague) and a concrete invitation.", reg="du",
    refers=["Hermi Zauner", "Angehörigengespräche auf der Intensiv"], asks=["Magst du dich melden?"],
    win=("2024-09-01", "2025-02-10")))
single(rec(L, "Sebastian Klein", "PhD candidate, nursing science | Maastricht",
    "Dear Ms Hammerschmid, my supervisor Prof. Birgit Lechner told me about your ICU diary pilot on ward 3B. I'm comparing diary formats across five countries – may I ask you three short questions by email?",
    P, "en", "Named mutual contact and her ICU-diary pilot; asks permission for questions.",
    refers=["Prof. Birgit Lechner", "your ICU diary pilot on ward 3B"],
    asks=["may I ask you three short questions by email?"]))
single(rec(X, "Michaela Kainz", "DGKP | Intensivstation 3B | Klinik Wienerberg",
    "Hallo Veronika, ich würde mich freuen, dich in meinem Netzwerk zu haben! Wir kennen uns vom Reanimationstraining im Simulationszentrum letzten Herbst – ich war die mit der kaputten Puppe 😄 LG Michi",
    P, "de", "Hard case: opens with a stock phrase, then names a shared training.", reg="du",
    refers=["vom Reanimationstraining im Simulationszentrum letzten Herbst", "die mit der kaputten Puppe"],
    win=("2024-03-04", "2024-07-31")))
single(rec(X, "Robert Strasser", "Stationsleitung Neurologie | Klinik Wienerberg",
    "Sehr geehrte Frau Hammerschmid, ich bin gerade dabei, mein Netzwerk zu erweitern – und wollte mich bei der Gelegenheit für Ihre Hilfe bei der Verlegung von Frau M. am Ostermontag bedanken. Ihre Übergabe war vorbildlich.",
    P, "de", "Hard case: starts with the collector phrase 'Netzwerk erweitern' but thanks her for a concrete handover.", reg="sie",
    refers=["bei der Verlegung von Frau M. am Ostermontag"], win=("2024-04-02", "2024-04-30")))
single(rec(L, "Jennifer Adler", "Clinical Nurse Specialist | Munich",
    "Hi Veronika, I'd like to add you to my professional network – we spoke at the Krems poster session about your ICU diary. I'm the one who promised you our German-English diary template. Sending it once we're connected!",
    P, "en", "Hard case: opens with the LinkedIn default sentence, then names the Krems poster session and a promise.",
    refers=["the Krems poster session", "your ICU diary", "our German-English diary template"], win=W["after_krems"]))
single(rec(X, "Barbara Hinterleitner", "Lehrerin für Gesundheits- und Krankenpflege",
    "Sehr geehrte Frau Hammerschmid, Ihr Profil hat mich sehr angesprochen – vor allem aber Ihr Text „Dienstpläne, die Menschen aushalten“, den ich mit meiner Klasse im Unterricht zu Arbeitsorganisation besprochen habe. Darf ich ihn ausgedruckt weitergeben?",
    P, "de", "Hard case: stock opener ('Ihr Profil hat mich angesprochen') followed by her blog post by title and a permission request.", reg="sie",
    refers=["„Dienstpläne, die Menschen aushalten“", "im Unterricht zu Arbeitsorganisation"],
    asks=["Darf ich ihn ausgedruckt weitergeben?"], win=W["after_blog3"]))
single(rec(X, "Thomas Reindl", "Anästhesiepfleger | Klinik Wienerberg",
    "Hallo Veronika, Kontakte kann man nie genug haben 😉 Aber im Ernst: danke fürs Einspringen am 24. Dezember, ich konnt dadurch mit meiner Tochter feiern. Ich schulde dir einen Dienst!",
    P, "de", "Hard case: cliché opener, then a concrete shared work moment.", reg="du",
    refers=["fürs Einspringen am 24. Dezember"], win=("2024-12-26", "2025-01-20")))
single(rec(X, "Renate Ziegler", "DGKP i.R. | Hospizbegleiterin",
    "Liebe Frau Hammerschmid, ich lese Ihre „Nachtdienst-Notizen“ seit dem Beitrag über die drei Kaffees und das Delir-Screening und möchte keinen neuen Text verpassen. Eine Kontaktanfrage braucht es dafür wohl nicht – ich folge Ihnen einfach. Alles Gute!",
    P, "de", "Names her blog and a post by paraphrase; only wants to follow.", reg="sie", action="follow",
    refers=["„Nachtdienst-Notizen“", "dem Beitrag über die drei Kaffees und das Delir-Screening"], win=W["after_blog2"]))
single(rec(L, "Paul Hinterberger", "ICU Nurse | Salzburg",
    'Hi Veronika, your "Delir ist kein Schicksal" post is pinned on our ward\'s noticeboard. I\'d just like to follow your writing – no need to connect if you prefer to keep your network small.',
    P, "en", "Names her blog post; the only wish is to follow.", action="follow",
    refers=["Delir ist kein Schicksal"], win=W["after_blog1"]))
single(rec(X, "Melanie Gschwandtner", "Pflegestudentin | Linz",
    "Hallo Veronika, ich hab deine Folge bei Pflege.Stimmen zweimal gehört und würde gern mitlesen, was du hier postest. Folgen reicht mir völlig!",
    P, "de", "Names her podcast episode; only wants to follow.", reg="du", action="follow",
    refers=["deine Folge bei Pflege.Stimmen"], win=W["after_podcast"]))
single(rec(L, "Dr. Yusuf Demirci", "Intensivist | Frankfurt",
    "Dear Veronika, your Pflegerundschau piece on early mobilisation (the 200-patient one) is the best practical summary I've read. I'd like to follow your posts here for the next one.",
    P, "en", "Clear paraphrase of her article; only wish is to follow.", action="follow",
    refers=["your Pflegerundschau piece on early mobilisation (the 200-patient one)"], win=W["after_article"]))
single(rec(L, "Claire Dubois", "Critical Care Nurse Educator | Lyon",
    "Hello Veronika, we shared a table at the Ljubljana forum dinner – I'm the French educator who asked about your night-light rule. We'd love to pilot it in Lyon. Could we talk for 20 minutes in November?",
    P, "en", "Hard case: ends in a '20 minutes' call request like the sales families, but names a shared dinner and her practice.",
    refers=["the Ljubljana forum dinner", "your night-light rule"], asks=["Could we talk for 20 minutes in November?"],
    win=("2024-10-13", "2024-10-31")))
single(rec(L, "Markéta Svobodová", "Head Nurse ICU | Brno",
    "Dear Veronika, thank you for your Ljubljana talk. Our ward in Brno wants to adopt the first-night delirium bundle you presented. Would you allow us to translate your slide with the bundle into Czech?",
    P, "en", "Names her talk and its content; permission request.",
    refers=["your Ljubljana talk", "the first-night delirium bundle you presented"],
    asks=["Would you allow us to translate your slide with the bundle into Czech?"], win=W["after_lj"]))
single(rec(L, "Ben Hughes", "Charge Nurse | ICU | Manchester",
    "Hi Veronika! Ben from the Vienna exchange week in March – you took us through the 3B night routine and then to Schnitzel at that place near the U6. Our team still talks about the ICU diary. Keep in touch!",
    P, "en", "Visitor from an exchange week she hosted; shared moments.",
    refers=["the Vienna exchange week in March", "the 3B night routine", "Schnitzel at that place near the U6", "the ICU diary"],
    win=("2024-04-01", "2024-05-31")))
single(rec(L, "Mojca Zupan", "Chair | Central European Critical Care Nursing Forum",
    'Dear Veronika, it\'s official – the committee accepted your abstract "Night shift, day thinking" as a plenary talk for October. Let\'s connect here so I can tag you in the programme announcement.',
    P, "en", "Forum chair about her accepted talk.",
    refers=["Night shift, day thinking", "a plenary talk for October"], win=("2024-06-10", "2024-08-31")))
single(rec(L, "Rebecca Stone", "Family Liaison Nurse | Leeds",
    'Hi Veronika, a colleague sent me a translation of your talk "Angehörige als Partner auf der ICU". Your point about giving families a job, not just a chair, hit home. Would you mind if I quoted it in our family-support training?',
    P, "en", "Names her Krems talk and a specific point from it.",
    refers=["Angehörige als Partner auf der ICU", "giving families a job, not just a chair"],
    asks=["Would you mind if I quoted it in our family-support training?"], win=W["after_krems"]))
single(rec(X, "Hiroshi Tanaka", "Nurse Researcher | Osaka | visiting scholar Vienna",
    "Dear Ms Hammerschmid, I am a Japanese nurse researcher spending three months at FH am Wienfluss with Prof. Lechner. She said your ward might allow me to observe the ICU diary process for one day. Would that be possible? I would follow all your rules.",
    P, "en", "Named mutual contact and a concrete visit request.",
    refers=["FH am Wienfluss", "Prof. Lechner", "the ICU diary process"], asks=["Would that be possible?"]))
single(rec(L, "Nora Lindqvist", "Intensive Care Nurse | Stockholm",
    "Hej Veronika, we shared a compartment on the train from Vienna to Ljubljana – I was the Swedish nurse with the broken suitcase. Thanks for the plasters and the chocolate! Hope our paths cross again.",
    P, "en", "Real shared moment on the way to the forum.",
    refers=["a compartment on the train from Vienna to Ljubljana", "the Swedish nurse with the broken suitcase"], win=W["after_lj"]))
single(rec(L, "Farah Siddiqui", "Nursing student (Erasmus) | FH am Wienfluss",
    "Hi Ms Hammerschmid, I'm the Erasmus student from your Clinical Reasoning seminar on Wednesdays. Could you recommend an English source on delirium screening for my term paper? Thank you!",
    P, "en", "Her student with a concrete question.",
    refers=["your Clinical Reasoning seminar on Wednesdays"],
    asks=["Could you recommend an English source on delirium screening for my term paper?"]))
single(rec(X, "David Novak", "ICU Nurse | Klinik Wienerberg",
    "Hey Veronika, thanks for swapping the Sunday night with me – my sister's wedding was amazing. Drinks on me next Pflegeplausch!",
    P, "en", "Colleague thanking her for a shift swap.",
    refers=["swapping the Sunday night", "next Pflegeplausch"]))
single(rec(L, "Olga Petrenko", "Nurse | Ukraine → Vienna | Nostrification in progress",
    "Dear Veronika, Miriam Haas from your meetup told me you helped her with her application. I'm a Ukrainian ICU nurse waiting for nostrification. Could I ask you which FH module is hardest? Thank you very much.",
    P, "en", "Hard case: job-seeker-like background, but names a mutual contact and her meetup; asks something specific.",
    refers=["Miriam Haas", "your meetup"], asks=["Could I ask you which FH module is hardest?"], win=("2024-10-01", END)))
single(rec(X, "Ethan Brooks", "Medical illustrator | Vienna",
    "Hi Veronika, I drew the illustrations for the family leaflet your ward uses – Claudia Breitenecker gave me your name for the second edition. Could we meet for half an hour to go through your corrections?",
    P, "en", "Named mutual contact and concrete joint work.",
    refers=["the family leaflet your ward uses", "Claudia Breitenecker"],
    asks=["Could we meet for half an hour to go through your corrections?"]))
single(rec(L, "Amira Haddad", "ICU Nurse | Beirut",
    'Hi Veronika, I read "Zwölf Stunden, drei Kaffees, ein Delir-Screening" with Google Translate and laughed and cried. I work nights in Lebanon – may I translate it into Arabic for our nurses\' group, with credit to you?',
    P, "en", "Names her blog post by title; permission request.",
    refers=["Zwölf Stunden, drei Kaffees, ein Delir-Screening"],
    asks=["may I translate it into Arabic for our nurses' group, with credit to you?"], win=W["after_blog2"]))
single(rec(L, "Michael Turner", "Nurse Practitioner | Toronto",
    "Veronika – great chat at the Krems coffee break about APN roles in Austria vs Canada. As promised, here's me. Still happy to share our NP competency framework if it helps your FH module.",
    P, "en", "Names a conversation at the Krems congress and her teaching.",
    refers=["the Krems coffee break", "APN roles in Austria vs Canada", "your FH module"], win=W["after_krems"]))
single(rec(L, "Sanna Korhonen", "ICU Nurse | Helsinki",
    "Hi Veronika, I heard your episode on Pflege.Stimmen (my German is just good enough!). You said you keep a notebook of 'small night victories' – would you ever share a page or two in English? Love the idea.",
    P, "en", "Refers to a detail from her podcast episode.",
    refers=["your episode on Pflege.Stimmen", "a notebook of 'small night victories'"],
    asks=["would you ever share a page or two in English?"], win=W["after_podcast"]))
single(rec(L, "Dr. Leah Goldberg", "Geriatrician | Tel Aviv",
    "Dear Veronika, Dr. Sabine Ortner mentioned your years leading the acute geriatric ward at Klinik Wienerberg. We're setting up a delirium unit – would you be open to a video call with our nursing lead?",
    P, "en", "Named mutual contact and her past role.",
    refers=["Dr. Sabine Ortner", "your years leading the acute geriatric ward at Klinik Wienerberg"],
    asks=["would you be open to a video call with our nursing lead?"]))
single(rec(X, "George Papadopoulos", "Nurse | Athens → Vienna",
    "Hi Veronika, George from Athens – the guy who sang at the Pflegeplausch Christmas evening 😄 I got the job at the Wienerberg ICU, so we'll be colleagues from February! See you on the ward.",
    P, "en", "Meetup attendee with a shared moment, soon a colleague.",
    refers=["the Pflegeplausch Christmas evening", "the Wienerberg ICU"], win=("2024-12-12", "2025-01-31")))
single(rec(X, "Priyanka Menon", "ICU Nurse | Klinik Wienerberg 3B",
    "Hi Veronika, it's Priyanka from the 3B night team. Thank you for the German medical terms flashcards you made me during my first month – I passed my B2 exam yesterday! 🎉",
    P, "en", "Ward colleague thanking her for something concrete.",
    refers=["the 3B night team", "the German medical terms flashcards"]))
single(rec(L, "Julia Fernández", "Nurse educator | Madrid",
    "Hello Veronika, Mojca Zupan forwarded me your Ljubljana slides on night-time delirium prevention. Could I use two of them in a lecture for our master's students, with your name on them?",
    P, "en", "Named mutual contact and her slides; permission request.",
    refers=["Mojca Zupan", "your Ljubljana slides on night-time delirium prevention"],
    asks=["Could I use two of them in a lecture for our master's students, with your name on them?"], win=W["after_lj"]))
single(rec(L, "Viktoria Lenz", "Product Specialist | MobiCare Systems",
    "Sehr geehrte Frau Hammerschmid, Ihr Artikel zur Frühmobilisation hat mich beeindruckt, vor allem die Zahl der Stürze an Tag 2. Unser Mobilisationsstuhl wurde für genau diese Situation entwickelt. Darf ich ihn Ihnen an der 3B zeigen?",
    P, "de", "Hard case: a sales pitch, but it names her article and a specific finding in it, so the reason fits only her.", reg="sie",
    refers=["Ihr Artikel zur Frühmobilisation", "die Zahl der Stürze an Tag 2"],
    asks=["Darf ich ihn Ihnen an der 3B zeigen?"], win=W["after_article"]))
single(rec(L, "Grace O'Neill", "Nursing student | FH am Wienfluss",
    "Hi Ms Hammerschmid, I was your student in the summer term (group B, Clinical Reasoning). Your feedback on my care plan made me switch my thesis to ICU nursing. Thank you, and may I ask you for a reference letter next year?",
    P, "en", "Her student naming the course group.",
    refers=["group B, Clinical Reasoning", "Your feedback on my care plan"],
    asks=["may I ask you for a reference letter next year?"], win=("2024-07-01", END)))
single(rec(L, "Lucas Ferreira", "ICU Nurse | Lisbon → St. Pölten",
    "Hi Veronika! We were both stuck at Krems station for two hours after the congress dinner when the last train was cancelled – you taught me Schnapsen with a deck from the kiosk 😂 Let's connect!",
    P, "en", "Real shared moment at the Krems congress.",
    refers=["stuck at Krems station for two hours after the congress dinner", "Schnapsen"], win=W["after_krems"]))
single(rec(L, "Dr. Rania Aziz", "Clinical Nurse Specialist Delirium | Dublin",
    'Dear Veronika, reading the Ljubljana abstracts I realised we keep citing the same two papers. Your point on "first-night" risk matches our Dublin audit almost exactly. Happy to connect and compare data?',
    P, "en", "Hard case: short, but refers to her first-night delirium point and the forum.",
    refers=["the Ljubljana abstracts", 'Your point on "first-night" risk', "our Dublin audit"],
    asks=["Happy to connect and compare data?"], win=W["after_lj"]))
single(rec(X, "Andrea Hölzl", "DGKP | Dialyse | Klinik Wienerberg",
    "Hallo Veronika, wir sind uns heute früh in der Garderobe über den Weg gelaufen und haben über den neuen Dienstplan-Entwurf geschimpft 😄 Wie versprochen: hier meine Anfrage. Schick mir gern deine Vorlage mit den Wunschpunkten!",
    P, "de", "Shared moment at work this morning plus a concrete request.", reg="du",
    refers=["heute früh in der Garderobe", "den neuen Dienstplan-Entwurf"],
    asks=["Schick mir gern deine Vorlage mit den Wunschpunkten!"]))
single(rec(X, "Waltraud Stöger", "",
    "Liebe Frau Hammerschmid, Sie haben 2018 auf der Akutgeriatrie meinen Vater betreut und mir beigebracht, wie ich ihn zu Hause mobilisiere. Er ist letzte Woche mit 94 gestorben, zu Hause, wie er wollte. Ich wollte Ihnen das sagen.",
    P, "de", "Relative of a former patient on her geriatric ward.", reg="sie",
    refers=["2018 auf der Akutgeriatrie"]))
single(rec(X, "Ing. Franz Hammerschmid", "Landwirt | Zwettl",
    "Servus Veronika, Cousin Franz aus Zwettl – die Tante Resi hat gsagt, du bist jetzt auf XING. Beim Familientreffen im August reden wir!",
    P, "de", "Family member; private context, no profile keyword.", reg="du",
    refers=["Cousin Franz aus Zwettl", "die Tante Resi", "Beim Familientreffen im August"], win=("2024-03-04", "2024-07-31")))
single(rec(X, "Christian Moldaschl", "Rettungssanitäter | Lehrender Erste Hilfe",
    "Servus Veronika, danke für den Gastauftritt bei unserem Erste-Hilfe-Kurs für die Pfarre Breitensee – die Senior:innen waren begeistert, wie du den Schlaganfall-Test erklärt hast. Nächstes Jahr wieder?",
    P, "de", "Names a course where she guest-taught.", reg="du",
    refers=["unserem Erste-Hilfe-Kurs für die Pfarre Breitensee", "den Schlaganfall-Test"], asks=["Nächstes Jahr wieder?"]))
single(rec(X, "Sandra Wilfing", "Studentin GuK | FH am Wienfluss",
    "Sehr geehrte Frau Hammerschmid, danke für die Betreuung in meinem Praktikum auf der 3B! Für meinen Praktikumsbericht bräuchte ich noch Ihre Unterschrift auf dem Beurteilungsbogen – darf ich ihn am Freitag vorbeibringen?",
    P, "de", "Student from her ward placement with a concrete request.", reg="sie",
    refers=["meinem Praktikum auf der 3B", "dem Beurteilungsbogen"], asks=["darf ich ihn am Freitag vorbeibringen?"]))
single(rec(X, "Mag. Theresa Wallner", "Bildungsreferentin | Pflegeakademie Niederösterreich",
    "Sehr geehrte Frau Hammerschmid, Ihr Vortrag in Krems zu Angehörigen auf der Intensivstation war der bestbewertete der Intensivpflegetage. Wir würden Sie gern für einen halbtägigen Workshop im Herbst an unserer Akademie gewinnen – gegen Honorar natürlich. Darf ich Ihnen ein Angebot schicken?",
    P, "de", "Invitation grounded in her Krems talk (cf. paid course family, but here she is the paid expert).", reg="sie",
    refers=["Ihr Vortrag in Krems zu Angehörigen auf der Intensivstation", "der Intensivpflegetage"],
    asks=["Darf ich Ihnen ein Angebot schicken?"], win=("2024-05-20", "2024-08-15")))
single(rec(X, "Dr. Peter Wimmer", "Organisationskomitee Intensivpflegetage Donau",
    "Sehr geehrte Frau Hammerschmid, herzlichen Dank für Ihre Zusage für den Vortrag „Angehörige als Partner auf der ICU“ am 16. Mai in Krems. Könnten Sie uns bis Ende April Ihre Folien und ein Foto für das Programmheft senden?",
    P, "de", "Congress organiser about her accepted talk.", reg="sie",
    refers=["„Angehörige als Partner auf der ICU“", "am 16. Mai in Krems"],
    asks=["Könnten Sie uns bis Ende April Ihre Folien und ein Foto für das Programmheft senden?"],
    win=("2024-03-05", "2024-04-10")))
single(rec(X, "Julia Pernthaler", "DGKP | Interdisziplinäre Intensivstation 3B | Klinik Wienerberg",
    "Hallo Veronika, ich hab am Montag auf der 3B angefangen und du warst meine Einschulung am ersten Tag. Danke, dass du mir den Dienstplan und den Kaffeeautomaten erklärt hast – beides gleich wichtig 😄",
    P, "de", "New colleague she onboarded.", reg="du",
    refers=["am Montag auf der 3B angefangen", "meine Einschulung am ersten Tag"]))
single(rec(X, "Michael Stangl", "Pflegedirektor-Stellvertreter | Klinik Wienerberg",
    "Sehr geehrte Frau Hammerschmid, wie in der Pflegedirektionssitzung besprochen, würde ich Sie für die Arbeitsgruppe „Delir hausweit“ nominieren. Können Sie mir bis 15. Oktober zwei Terminvorschläge für das Kick-off nennen?",
    P, "de", "Her deputy nursing director referring to a meeting and a working group.", reg="sie",
    refers=["in der Pflegedirektionssitzung", "die Arbeitsgruppe „Delir hausweit“"],
    asks=["Können Sie mir bis 15. Oktober zwei Terminvorschläge für das Kick-off nennen?"], win=("2024-09-10", "2024-10-08")))
single(rec(X, "Sarah Lindinger", "Studentin Pflegewissenschaft | Masterarbeit Intensivtagebuch",
    "Sehr geehrte Frau Hammerschmid, in Ihrem Buchkapitel „Intensivtagebücher in der Praxis“ erwähnen Sie eine Evaluierung mit Angehörigen. Ist diese veröffentlicht, oder dürfte ich Sie für meine Masterarbeit dazu interviewen?",
    P, "de", "Names her book chapter and a detail from it.", reg="sie",
    refers=["„Intensivtagebücher in der Praxis“", "eine Evaluierung mit Angehörigen"],
    asks=["Ist diese veröffentlicht, oder dürfte ich Sie für meine Masterarbeit dazu interviewen?"]))
single(rec(X, "Harald Pfeifer", "DGKP | Intensivstation | Landesklinik Südburgenland",
    "Hallo Veronika, wir haben in Krems beim Abendessen über Dienstpläne diskutiert, und du hast von eurem Punktesystem erzählt. Mein Chef will das jetzt sehen 😅 Hast du eine anonymisierte Version, die ich herzeigen darf?",
    P, "de", "Conversation at the Krems congress dinner plus a concrete request.", reg="du",
    refers=["in Krems beim Abendessen", "eurem Punktesystem"],
    asks=["Hast du eine anonymisierte Version, die ich herzeigen darf?"], win=W["after_krems"]))
single(rec(X, "Eva Reischl", "Lehrende | FH am Wienfluss",
    "Liebe Veronika, ich übernehme ab März deine Übungsgruppe in Clinical Reasoning. Magst du mir deine Fallbeispiele geben, vor allem den Herrn K.? Dann bleibt's für die Studierenden einheitlich.",
    P, "de", "FH colleague taking over her course group.", reg="du",
    refers=["deine Übungsgruppe in Clinical Reasoning", "den Herrn K."],
    asks=["Magst du mir deine Fallbeispiele geben, vor allem den Herrn K.?"], win=("2025-01-08", "2025-02-25")))
single(rec(X, "Florian Bacher", "Student GuK | FH am Wienfluss",
    "Guten Tag Frau Hammerschmid, ich möchte mich für den Wiener Delir-Tag am 20. Februar als freiwilliger Helfer melden. Wo kann ich mich eintragen?",
    P, "de", "Volunteers for the event she organises.", reg="sie",
    refers=["den Wiener Delir-Tag am 20. Februar"], asks=["Wo kann ich mich eintragen?"], win=W["delirtag"]))
single(rec(L, "Dr. Nina Hasler", "Neurologin | Delirambulanz",
    "Liebe Frau Hammerschmid, ich würde am Wiener Delir-Tag gern ein Poster zur Delirnachsorge einreichen. Ist die Frist am 15. Jänner noch aktuell? Herzliche Grüße",
    P, "de", "Question about the event she organises.", reg="sie",
    refers=["am Wiener Delir-Tag", "ein Poster zur Delirnachsorge"], asks=["Ist die Frist am 15. Jänner noch aktuell?"],
    win=("2024-11-20", "2025-01-14")))
single(rec(L, "Bernadette Kohl", "Pflegedirektorin | Privatklinik am Stadtpark",
    "Sehr geehrte Frau Hammerschmid, Georg Pammer hat mir nach Ihrer Podcastfolge Ihren Kontakt gegeben. Wir suchen eine Referentin für unseren Pflegetag zum Thema Nachtdienst-Gesundheit. Hätten Sie im Mai Zeit?",
    P, "de", "Named mutual contact (podcast host) and her episode.", reg="sie",
    refers=["Georg Pammer", "Ihrer Podcastfolge"], asks=["Hätten Sie im Mai Zeit?"], win=W["after_podcast"]))
single(rec(X, "Anton Schwarz", "Haustechnik | Klinik Wienerberg",
    "Servus Frau Hammerschmid, danke, dass Sie mir beim Betriebsausflug auf den Kahlenberg mit meinem Knie geholfen haben. Geht schon wieder!",
    P, "de", "Shared moment at a staff outing; no profile keyword.", reg="sie",
    refers=["beim Betriebsausflug auf den Kahlenberg"], win=("2024-06-01", "2024-10-31")))
single(rec(X, "Verena Kogler", "DGKP | ehem. Akutgeriatrie Klinik Wienerberg",
    "Liebe Veronika, die alte Pavillon-C-Truppe trifft sich am 8. November beim Heurigen in Stammersdorf – Hermi organisiert. Kommst du? Gib mir gern deine Handynummer für die WhatsApp-Gruppe.",
    P, "de", "Former team invites her to a reunion.", reg="du",
    refers=["die alte Pavillon-C-Truppe", "beim Heurigen in Stammersdorf", "Hermi"],
    asks=["Kommst du?", "Gib mir gern deine Handynummer für die WhatsApp-Gruppe."], win=("2024-10-01", "2024-11-05")))
single(rec(X, "Johann Strobl", "Diakon | Krankenhausseelsorge Klinik Wienerberg",
    "Liebe Frau Hammerschmid, nach der Aussegnung am Samstag auf der 3B wollte ich Ihnen noch sagen, wie gut es der Familie getan hat, dass Sie dabei waren. Ich würde gern mit Ihnen überlegen, wie wir das Abschiednehmen auf der Intensiv begleiten können.",
    P, "de", "Hospital chaplain referring to a shared moment on her ward.", reg="sie",
    refers=["nach der Aussegnung am Samstag auf der 3B"],
    asks=["Ich würde gern mit Ihnen überlegen, wie wir das Abschiednehmen auf der Intensiv begleiten können."]))
single(rec(L, "Kathrin Mühlberger", "DGKP | Intensivpflege | Wien",
    "Hi Veronika, Kursgruppe Sonderausbildung Intensivpflege 2012 – ich war die mit dem Rucksack voller Manner-Schnitten 😄 Schön, dich hier zu finden!",
    P, "de", "Course mate from her ICU specialisation course.", reg="du",
    refers=["Kursgruppe Sonderausbildung Intensivpflege 2012", "die mit dem Rucksack voller Manner-Schnitten"]))
single(rec(X, "Sandra Kovačević", "DGKP | Klinik Wienerberg",
    "Liebe Veronika, danke, dass du bei meiner Nostrifizierung den Praxisnachweis unterschrieben hast. Seit Montag darf ich offiziell als DGKP arbeiten! 🎉 Hvala ti od srca.",
    P, "de", "Colleague she supported through nostrification; mostly German with a Croatian closing.", reg="du",
    refers=["bei meiner Nostrifizierung den Praxisnachweis"]))
single(rec(L, "Rachel Adams", "Editor | CEE Nursing Review",
    "Dear Ms Hammerschmid, Mojca Zupan recommended your Ljubljana talk for our special issue on night-time care. Would you consider writing it up as a 2,000-word practice paper? No fees, peer-reviewed, open access.",
    P, "en", "Hard case: a journal invitation like F12, but it names a mutual contact and her talk, and charges nothing.",
    refers=["Mojca Zupan", "your Ljubljana talk", "our special issue on night-time care"],
    asks=["Would you consider writing it up as a 2,000-word practice paper?"], win=W["after_lj"]))
single(rec(X, "Tim Schreiber", "Nursing student | FH am Wienfluss",
    "Hi Veronika, Tim from the Thursday Pflegeplausch quiz team ('Die Delirierenden' 😂). You promised me the name of that ICU German book – still got it?",
    P, "en", "Meetup quiz team-mate with a concrete reminder.",
    refers=["the Thursday Pflegeplausch quiz team", "'Die Delirierenden'", "that ICU German book"], asks=["still got it?"]))
single(rec(X, "Dr. Samuel Ortiz", "ICU Fellow (rotation) | Klinik Wienerberg",
    "Hi Veronika, thanks for the 3 a.m. lesson on sedation breaks last night on 3B – I've written it all down. Could I shadow you on one more night before my rotation ends?",
    P, "en", "Rotating doctor recalling a night shift with her.",
    refers=["the 3 a.m. lesson on sedation breaks last night on 3B"],
    asks=["Could I shadow you on one more night before my rotation ends?"]))

# ---------------------------------------------------------------------------
# EMPTY
# ---------------------------------------------------------------------------
for name, head in [
    ("Wolfgang Haberl", "Geschäftsführer | Haberl Elektrotechnik"), ("Sabine Resch", ""),
    ("Karl Heinz Mitterer", "Pensionist"), ("Ing. Rudolf Brandl", "Projektleiter"),
    ("Manuela Schiefer", "DGKP"), ("Thomas Eibl", "Vertrieb"), ("Birgit Wallisch", ""),
    ("Mag. Elke Zach", "Juristin"), ("Gerald Hofinger", "IT-Consultant"),
    ("Silvia Neubauer", "Pflegeassistentin"), ("Harald Ecker", "Key Account Manager Medizintechnik"),
    ("Ursula Prinz", ""), ("Christian Lehner", "Student"), ("Bianca Holzer", "Ordinationsassistentin"),
    ("Dominik Weiß", "Rettungssanitäter"), ("Alexandra Ruprecht", "HR Generalistin"),
    ("Markus Rieger", "Versicherungsberater"), ("Eva-Maria Plank", "DGKP | OP"), ("Josef Wagner", ""),
    ("Tanja Brückl", "Medizinische Fachassistentin"), ("Stefan Maurer", "Außendienst Pharma"),
    ("Daniela Pichler", "Heimhilfe"), ("Robert Kainz", "Controller"), ("Angelika Seidl", "Sozialarbeiterin"),
    ("Patrick Wallner", "Trainee"), ("Nina Obermüller", "DGKP | Anästhesie"),
    ("Peter Zöchling", "Selbstständig"), ("Marlene Hubmer", "Studentin Pflegewissenschaft"),
]:
    single(rec(X, name, head, "", E, "de", "Empty XING request, no note at all."))
for name, head in [("Arjun Mehta", "Software Engineer"), ("Laura Bianchi", "Sales Manager"),
                   ("Oksana Melnyk", "Nurse")]:
    single(rec(X, name, head, "", E, "en", "Empty XING request; sender likely uses the English UI."))
single(rec(X, "Gabriele Stix", "Pflegedienstleitung", "  ", E, "de", "Whitespace only."))
single(rec(X, "Franz Lechner", "", "\n", E, "de", "Only a line break."))
single(rec(X, "Herbert Moser", "Pensionist", "Grüß Gott!", E, "de", "Greeting only.", reg="sie"))
single(rec(X, "Kevin Hofbauer", "Lagerlogistik", "Servus! 👋", E, "de", "Greeting only.", reg="du"))
single(rec(X, "Monika Steiner", "Office Management", "Hallo Frau Hammerschmid,", E, "de", "Salutation only.", reg="sie"))
single(rec(X, "Thomas Ertl", "Vertrieb", "Liebe Grüße, Thomas", E, "de", "Sign-off only.", reg="du"))
single(rec(X, "Dr. Petra Lang", "Ärztin für Allgemeinmedizin",
    "Guten Tag Frau Hammerschmid,\n\nmit freundlichen Grüßen\nDr. Petra Lang", E, "de",
    "Hard case: looks like a letter, but only salutation and signature – no text of her own.", reg="sie"))
single(rec(X, "Stefanie Url", "", "Hallo Veronika 🙂", E, "de", "Greeting only.", reg="du"))
single(rec(X, "Martina Gölles", "Buchhaltung", "Grüß Gott Frau Hammerschmid, liebe Grüße aus Graz!", E, "de",
    "Hard case: greeting plus a place in the sign-off; still no reason or content.", reg="sie"))
for name, head, lang in [("Jessica Lee", "Marketing Specialist", "en"), ("Mohammed Al-Amin", "Operations Manager", "en"),
                         ("Tobias Berger", "Projektmanager", "de"), ("Christina Auer", "Pharmareferentin", "de"),
                         ("Mateusz Zieliński", "Inżynier", "pl")]:
    single(rec(L, name, head, "", E, lang, "LinkedIn request sent without a note."))
single(rec(L, "Brian Cooper", "Sales Director", "I'd like to join your LinkedIn network.", E, "en", "LinkedIn default sentence."))
single(rec(L, "Aditi Rao", "Business Analyst", "Hi Veronika,\nI'd like to join your LinkedIn network.", E, "en",
    "Greeting plus LinkedIn default sentence."))
single(rec(L, "Raj Malhotra", "Consultant",
    "Veronika,\n\nI'd like to add you to my professional network on LinkedIn.\n\n- Raj", E, "en",
    "Older LinkedIn default with greeting and signature."))
single(rec(L, "Karen Holt", "HR Manager", "I'd like to add you to my professional network on LinkedIn.", E, "en",
    "LinkedIn default sentence."))
single(rec(L, "Dr. Wolfgang Pichler", "Facharzt für Innere Medizin",
    "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", E, "de",
    "German LinkedIn default sentence.", reg="sie"))
single(rec(L, "Sandra Lechner", "Teamassistenz",
    "Hallo Veronika, ich möchte dich gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.", E, "de",
    "Hard case: the German default sentence retyped in du form with a greeting; nothing of her own.", reg="du"))
single(rec(L, "Francesca Rossi", "Project Manager", "Vorrei aggiungerti alla mia rete professionale su LinkedIn.",
    E, "it", "Italian LinkedIn default sentence."))
single(rec(L, "Pierre Lefèvre", "Ingénieur biomédical",
    "Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.", E, "fr", "French LinkedIn default sentence."))
single(rec(L, "Lucía Martínez", "Enfermera", "Me gustaría añadirte a mi red profesional en LinkedIn.", E, "es",
    "Spanish LinkedIn default sentence."))
single(rec(L, "James Carter", "Consultant", "Hello!", E, "en", "Greeting only."))
single(rec(L, "Nikhil Sharma", "Data Scientist", "Hi Veronika 👋", E, "en", "Greeting only."))
single(rec(L, "Peter Kováč", "Obchodný zástupca", "Dobrý deň,", E, "sk", "Slovak greeting only."))
single(rec(L, "Burak Şahin", "Satış Müdürü", "Merhaba!", E, "tr", "Turkish greeting only."))


# ---------------------------------------------------------------------------
# DATES, IDS, OUTPUT
# ---------------------------------------------------------------------------

def _d(s):
    return datetime.fromisoformat(s).replace(tzinfo=TZ)


def _rand_dt(rng, start, end):
    a, b = _d(start), _d(end) + timedelta(hours=23, minutes=59)
    t = a + timedelta(seconds=rng.randint(0, int((b - a).total_seconds())))
    # people send requests at all hours, but mostly in the day and the evening (night-shift staff at night)
    hour = rng.choice([6, 7, 7, 8, 9, 10, 11, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 20, 21, 21, 22, 23, 1, 3])
    t = t.replace(hour=hour, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    return min(max(t, a), b)


def build():
    rng = random.Random(SEED)
    out = []
    for kind, members in RECORDS:
        if kind == "family":
            a, b = _d(START), _d(END)
            seg = (b - a) / len(members)
            order = list(range(len(members)))
            rng.shuffle(order)  # members are not in writing order over time
            for slot, m in zip(order, members):
                s = (a + seg * slot).date().isoformat()
                e = (a + seg * (slot + 1) - timedelta(days=1)).date().isoformat()
                m["_dt"] = _rand_dt(rng, s, e)
                out.append(m)
        else:
            r = members[0]
            s, e = r["_win"] or (START, END)
            r["_dt"] = _rand_dt(rng, s, e)
            out.append(r)
    out.sort(key=lambda r: (r["_dt"], r["sender_name"]))
    last = None
    for r in out:
        if last is not None and r["_dt"] <= last:
            r["_dt"] = last + timedelta(minutes=rng.randint(1, 9))
        last = r["_dt"]
    keys = ["id", "platform", "sender_name", "sender_headline", "date", "message", "label", "action",
            "language", "register", "family", "reason", "refers_to", "asks"]
    lines = []
    for i, r in enumerate(out, 1):
        r["id"] = f"r{i:04d}"
        r["date"] = r["_dt"].isoformat()
        lines.append(json.dumps({k: r[k] for k in keys}, ensure_ascii=False))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "requests.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} requests to {path}")


if __name__ == "__main__":
    build()

#!/usr/bin/env python3
"""Build requests.jsonl for corpus6 (recipient: Friederike "Rike" Lang, Head of Product
at the fictional travel-tech company Trayecto in Barcelona).

All texts are hand-written below. Only the timestamps are generated (seeded, deterministic):
  * items with a `pin` get a time inside that date window (they refer to a dated event),
  * family members without a pin are spread evenly over the 12 months (with jitter),
  * everything else is placed uniformly at random.
Then all items are sorted by instant and numbered r0001... in date order.
"""
import json
import random
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

SEED = 20240311
START = datetime(2024, 3, 11, 7, 0, tzinfo=timezone.utc)
END = datetime(2025, 3, 7, 20, 0, tzinfo=timezone.utc)

ITEMS = []

LI, XI = "linkedin", "xing"


def _add(kind, plat, name, head, lang, msg, reason, fam=None, reg=None, refers=(), asks=(),
         action=None, pin=None, tz="Europe/Madrid"):
    if action is None:
        action = "accept" if kind == "personal" else "ask"
    ITEMS.append(dict(platform=plat, sender_name=name, sender_headline=head, message=msg,
                      label=kind, action=action, language=lang, register=reg, family=fam,
                      reason=reason, refers_to=list(refers), asks=list(asks),
                      _pin=pin, _tz=tz))


def E(plat, name, head, lang, msg, reason, tz="Europe/Madrid"):
    _add("empty", plat, name, head, lang, msg, reason, tz=tz)


def B(plat, name, head, lang, msg, reason="", fam=None, reg=None, refers=(), asks=(),
      action="ask", pin=None, tz="Europe/Madrid"):
    if not reason:
        reason = FAMILY_REASON[fam]
    _add("boilerplate", plat, name, head, lang, msg, reason, fam, reg, refers, asks, action, pin, tz)


def P(plat, name, head, lang, msg, reason, reg=None, refers=(), asks=(), action="accept",
      pin=None, tz="Europe/Madrid"):
    _add("personal", plat, name, head, lang, msg, reason, None, reg, refers, asks, action, pin, tz)


FAMILY_REASON = {
    "F01-nearshore-devs": "Nearshore/outsourcing dev-shop template (team size, 30-40 % cheaper, intro call); nothing tied to her.",
    "F02-15min-call": "Generic 'I help product leaders like you ... 15 minutes next week?' consultant template.",
    "F03-ai-hyperpersonal": "Hard case: AI-written pitch that names Trayecto/her role but the numbers (23 % churn, $4M ARR) are a template sent to many.",
    "F04-recruiter-vp": "Recruiter mass note for an unnamed 'Series B scale-up' VP Product role; no reason tied to her.",
    "F05-podcast-fee": "Podcast-guest invitation from a pay-to-appear show (reach numbers, guest package/fee).",
    "F06-webinar-plg": "Webinar promotion with registration link, same event copy sent to many.",
    "F07-paid-speaking": "Paid speaking slot ('speaker package' / participation fee) at a vanity summit.",
    "F08-coauthor-chapter": "Pay-to-play co-author chapter offer ('Leaders of Tomorrow' style anthology).",
    "F09-crypto-income": "Crypto 'passive income' scam template.",
    "F10-leadgen-automation": "Growth-hacker lead-generation pitch (30+ meetings/month, guaranteed).",
    "F11-jobseeker-referral": "Job seeker's mass note ('Dear Hiring Manager', refer me / any openings).",
    "F12-impressed-profile": "'I came across your profile and was impressed' flattery without any specifics.",
    "F13-booth-event": "Hard case: names one of her conferences, but it is an exhibitor's mass note to the attendee list, then a demo pitch.",
    "F14-award-phish": "Phishing-like 'you have been shortlisted for an award, confirm here' link.",
    "F15-document-phish": "Phishing-like 'review the shared document via this link' note.",
    "F16-xing-synergien": "Classic XING collector text: found your interesting profile, see synergies, let's connect.",
    "F17-xing-profilbesuch": "XING collector text triggered by a profile visit ('you visited my profile, let's connect').",
    "F18-saas-roadmap-tool": "SaaS tool pitch (roadmap prioritisation, free trial) with name-dropping of big customers.",
    "F19-expand-network": "'I'm expanding my network with tech professionals in Barcelona' — could go to anyone in the city.",
    "F20-founder-interview": "Founder's mass request for user interviews for an AI PM tool; sent to any senior PM.",
    "F21-mutual-connection": "Hard case: auto-filled 'we are both connected with <name>' template; the mutual contact is real but gives no reason.",
    "F22-thesis-survey": "Student's mass survey request with a form link ('Dear Sir/Madam').",
    "F23-mentor-me": "Generic 'would you be my mentor?' request with nothing about her.",
    "F24-bnpl-partnership": "BNPL-for-travel partnership pitch with conversion numbers, copy-paste across countries.",
    "F25-ux-audit": "Hard case: agency 'we audited your booking flow, 7 quick wins' pitch; company name filled in, same text to many.",
    "F26-newsletter-demo": "Hard case: AI-style opener praising 'your latest post/newsletter' with no actual content, then a demo pitch.",
    "F27-unternehmerfruehstueck": "Paid networking-breakfast invitation with registration link (XING mass invitation).",
}

# ---------------------------------------------------------------------------------------------
# EMPTY
# ---------------------------------------------------------------------------------------------
E(LI, "Kevin O'Brien", "Account Executive at CloudNimbus", "en", "", "No note at all.")
E(LI, "Priya Raman", "Senior Product Manager | Fintech", "en",
  "Hi Friederike, I'd like to join your LinkedIn network.", "LinkedIn default sentence after the greeting.")
E(LI, "Tom Hallett", "", "en", "I'd like to add you to my professional network on LinkedIn.",
  "Old LinkedIn default invitation text.")
E(LI, "Aisha Bello", "Data Analyst", "en", "Hi Friederike,\n\nI'd like to join your LinkedIn network.",
  "LinkedIn default sentence with greeting and line breaks.")
E(LI, "Daniel Brooks", "Engineering Manager at Streamline", "en", "Hello", "Greeting only.")
E(LI, "Mei Lin", "UX Researcher", "en", "Hi!", "Greeting only.")
E(LI, "Oluwaseun Adeyemi", "Product Owner", "en",
  "Hi Friederike, I'm still waiting for your response. Accept my invitation to connect on LinkedIn.",
  "Hard case: LinkedIn's automatic reminder text, not written by the sender.")
E(LI, "Sam Whitaker", "Customer Success Lead", "en", "", "No note at all.", tz="Europe/London")
E(LI, "Rachel Goldberg", "Marketing Director", "en", "   ", "Whitespace only.", tz="America/New_York")
E(LI, "Arjun Mehta", "Software Engineer", "en", "Hi Friederike", "Greeting only.", tz="Asia/Kolkata")
E(LI, "Chloe Evans", "", "en", "", "No note at all.", tz="Europe/London")
E(LI, "Jake Morrison", "Sales | SaaS", "en", "Hey there 👋", "Greeting with emoji only.")
E(LI, "Brian Caldwell", "Operations Consultant", "en",
  "I'd like to add you to my professional network on LinkedIn.\n\n- Brian",
  "Old LinkedIn default text with auto signature.", tz="America/New_York")
E(LI, "Sunita Rao", "Business Analyst", "en",
  "Friederike,\n\nI'd like to add you to my professional network on LinkedIn.\n\n- Sunita",
  "Old LinkedIn default text with auto greeting and signature.", tz="Asia/Kolkata")
E(LI, "Ethan Park", "Student", "en", "", "No note at all.")
E(LI, "Liam Gallagher", "Product Designer", "en", "Hi Rike,",
  "Hard case: greeting only, even though it uses her nickname.")
E(LI, "Grace Thompson", "HR Business Partner", "en", "Hello Friederike!", "Greeting only.", tz="Europe/London")
E(LI, "Nadia Haddad", "Growth Marketing", "en", "", "No note at all.")
E(LI, "Marcus Webb", "Head of Sales", "en", "Hi Friederike, I'd like to join your LinkedIn network.",
  "LinkedIn default sentence.", tz="Europe/London")
E(LI, "Owen Price", "", "en", ".", "Hard case: a single full stop, no text of the sender's own.")
E(XI, "Alistair Reid", "Senior Developer", "en", "", "No note (XING, English UI).")
E(LI, "Fatima Zahra", "Financial Analyst", "en", "Good morning,", "Greeting only.")
E(XI, "Hannah Clarke", "Product Owner", "en", "Hi Friederike,", "Greeting only (XING).")
# es
E(LI, "Álvaro Domínguez", "Ingeniero de Software", "es", "", "No note at all.")
E(LI, "Cristina Morales", "Responsable de Marketing", "es", "Hola", "Greeting only.")
E(LI, "Francisco Ruiz", "", "es", "Hola Friederike,", "Greeting only.")
E(LI, "Beatriz Navarro", "Analista de datos", "es",
  "Me gustaría añadirte a mi red profesional de LinkedIn.", "Spanish LinkedIn default invitation text.")
E(LI, "Manuel Torres", "Director Financiero", "es",
  "Hola Friederike, me gustaría unirme a tu red de LinkedIn.", "Spanish LinkedIn default sentence.")
E(LI, "Alicia Ramos", "Estudiante de ADE", "es", "¡Hola!", "Greeting only.")
E(LI, "Jaime Serrano", "Consultor SAP", "es", "Buenas", "Greeting only.")
E(LI, "Álvaro Vázquez", "Key Account Manager", "es",
  "Me gustaría añadirte a mi red profesional de LinkedIn.\n\n- Álvaro",
  "Spanish LinkedIn default with auto signature.")
E(LI, "Nerea Castillo", "Diseñadora gráfica", "es", "", "No note at all.")
E(LI, "Pablo Herrero", "Desarrollador backend", "es", "", "No note at all.")
E(LI, "Rocío Méndez", "Técnica de RRHH", "es",
  "Hola Friederike, me gustaría unirme a tu red de LinkedIn.", "Spanish LinkedIn default sentence.")
E(LI, "Luis Marín", "", "es", "Saludos", "Greeting/closing only.")
E(LI, "Eva Campos", "Product Owner", "es", "", "No note at all.")
E(LI, "Marisa Gómez", "Técnica de compras", "es", "", "No note at all.")
E(LI, "Iker Larrañaga", "Ingeniero industrial", "es", "Hola Friederike, ¿qué tal?",
  "Hard case: greeting plus 'how are you', no text of the sender's own beyond pleasantries.")
E(XI, "Peter Lindner", "", "en", "", "No note (XING, English UI).", tz="Europe/Berlin")
E(LI, "Sergio Lozano", "Comercial", "es", "Hola!! 😊", "Greeting with emoji only.")
# de
E(XI, "Stefan Maurer", "Vertriebsingenieur", "de", "", "No note (XING).", tz="Europe/Berlin")
E(XI, "Claudia Peters", "Projektleiterin", "de", "Hallo Frau Lang,", "Greeting only (XING).", tz="Europe/Berlin")
E(XI, "Uwe Schröder", "Selbstständig", "de", "", "No note (XING).", tz="Europe/Berlin")
E(XI, "Julia Krause", "Produktmanagerin", "de", "Hallo", "Greeting only (XING).", tz="Europe/Berlin")
E(XI, "Bernd Kaiser", "Geschäftsführer", "de", "Guten Tag", "Greeting only (XING).", tz="Europe/Berlin")
E(XI, "Ole Hansen", "Software-Architekt", "de", "Moin", "Greeting only (XING, northern German).", tz="Europe/Berlin")
E(XI, "Frank Lehmann", "", "de", "", "No note (XING).", tz="Europe/Berlin")
E(XI, "Susanne Graf", "Controllerin", "de", "Viele Grüße", "Closing formula only (XING).", tz="Europe/Berlin")
E(LI, "Markus Wolf", "IT-Consultant", "de",
  "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
  "German LinkedIn default invitation text.", tz="Europe/Berlin")
E(LI, "Tanja Richter", "Recruiterin", "de",
  "Hallo Friederike, ich möchte mich gerne mit Ihnen auf LinkedIn vernetzen.",
  "German LinkedIn default sentence (reconstructed wording).", tz="Europe/Berlin")
E(XI, "Dirk Scholz", "Einkauf", "de", "   ", "Whitespace only (XING).", tz="Europe/Berlin")
# others
E(LI, "Montse Vidal", "Administrativa", "ca",
  "M'agradaria afegir-te a la meva xarxa professional de LinkedIn.", "Catalan LinkedIn default text.")
E(LI, "Mathieu Girard", "Chef de projet", "fr",
  "Bonjour Friederike, j'aimerais rejoindre votre réseau LinkedIn.", "French LinkedIn default sentence.",
  tz="Europe/Paris")
E(LI, "Paolo Ricci", "Sviluppatore", "it",
  "Vorrei aggiungerti alla mia rete professionale su LinkedIn.", "Italian LinkedIn default text.",
  tz="Europe/Rome")
E(LI, "Rui Carvalho", "Analista", "pt",
  "Gostaria de adicionar você à minha rede profissional no LinkedIn.", "Portuguese LinkedIn default text.",
  tz="Europe/Lisbon")
E(LI, "Lotte de Boer", "Recruiter", "nl",
  "Hallo Friederike, ik wil graag deel uitmaken van je LinkedIn-netwerk.", "Dutch LinkedIn default sentence.",
  tz="Europe/Amsterdam")
E(LI, "Paweł Lewandowski", "Programista", "pl",
  "Cześć Friederike, chciałbym dołączyć do Twojej sieci na LinkedIn.", "Polish LinkedIn default sentence.",
  tz="Europe/Warsaw")
E(XI, "Jakub Mazur", "Software Developer", "pl", "", "No note (XING, Polish UI).", tz="Europe/Warsaw")

# ---------------------------------------------------------------------------------------------
# BOILERPLATE — families
# ---------------------------------------------------------------------------------------------
F = "F01-nearshore-devs"
B(LI, "Oleksandr Kovalenko", "Business Development Manager at Softvance | Nearshore Dev Teams", "en",
  "Hi Friederike, I'm Oleksandr from Softvance. We help travel and fintech companies scale with dedicated nearshore engineering teams (120+ senior devs, EU time zone, 30–40% below local rates). Would you be open to a short intro call to see if there's a fit?",
  fam=F, asks=["Would you be open to a short intro call to see if there's a fit?"], tz="Europe/Kyiv")
B(LI, "Marta Zielińska", "Partnerships @ CodeBridge Poland", "en",
  "Hello Frederike! We're CodeBridge, a nearshore software house from Wrocław with 150+ engineers. We build dedicated teams for scale-ups in travel, fintech and e-commerce at 30-40% lower cost. Would you be open to a quick intro call to see if there's a fit? 🙂",
  fam=F, asks=["Would you be open to a quick intro call to see if there's a fit?"], tz="Europe/Warsaw")
B(XI, "Andrii Melnyk", "Head of Sales DACH | Nearshore Softwareentwicklung", "de",
  "Sehr geehrte Frau Lang,\n\nich bin Andrii von Softvance. Wir unterstützen Unternehmen aus der Reise- und Finanzbranche mit dedizierten Nearshore-Entwicklungsteams (über 120 erfahrene Entwickler, gleiche Zeitzone, 30–40 % unter lokalen Kosten).\n\nWären Sie offen für ein kurzes Kennenlerngespräch, um zu sehen, ob es passt?\n\nMit freundlichen Grüßen\nAndrii Melnyk",
  fam=F, reg="sie", asks=["Wären Sie offen für ein kurzes Kennenlerngespräch, um zu sehen, ob es passt?"],
  tz="Europe/Kyiv")
B(XI, "Bogdan Ionescu", "Delivery Director | IT-Outsourcing Rumänien", "de",
  "Hallo Friederike, wir von DevNest bauen dedizierte Entwicklerteams für Scale-ups aus Travel, Fintech & E-Commerce – über 150 Engineers, 30-40% günstiger als lokal. Hast du Lust auf ein kurzes Intro-Gespräch, ob das für euch passt? Viele Grüße Bogdan",
  fam=F, reg="du", asks=["Hast du Lust auf ein kurzes Intro-Gespräch, ob das für euch passt?"],
  tz="Europe/Bucharest")
B(XI, "Rahul Verma", "VP Sales at Qodeworks – Offshore & Nearshore Teams", "en",
  "Hi {{first_name}},\n\nwe help travel and fintech companies scale with dedicated engineering teams (200+ developers, flexible engagement, 40% lower cost). I'd love to set up a short intro call to see if there's a fit. Are you available this week?\n\nRegards,\nRahul",
  fam=F, asks=["I'd love to set up a short intro call to see if there's a fit.", "Are you available this week?"],
  tz="Asia/Kolkata")
B(LI, "Katarzyna Nowak", "Business Development | CodeBridge", "pl",
  "Dzień dobry Friederike, jesteśmy CodeBridge – software house z Wrocławia, 150+ inżynierów. Budujemy dedykowane zespoły dla scale-upów z branży travel i fintech, 30–40% taniej. Czy byłaby Pani otwarta na krótką rozmowę?",
  fam=F, asks=["Czy byłaby Pani otwarta na krótką rozmowę?"], tz="Europe/Warsaw")

F = "F02-15min-call"
B(LI, "Jason Miller", "Founder @ Scalewise | Helping product leaders ship faster", "en",
  "Hi Friederike, I help product leaders like you remove bottlenecks and ship faster without hiring. Do you have 15 minutes next week for a quick call? I think you'll find it valuable.",
  fam=F, asks=["Do you have 15 minutes next week for a quick call?"], tz="America/New_York")
B(LI, "Megan Scott", "Growth Consultant", "en",
  "Hey Frederike – I work with Heads of Product to remove delivery bottlenecks and ship faster without adding headcount. Would you have 15 min next week for a quick call? Pretty sure you'll find it valuable!",
  fam=F, asks=["Would you have 15 min next week for a quick call?"], tz="Europe/London")
B(LI, "Chris Tanner", "Product Delivery Coach", "en",
  "Hi [First Name], quick one: I help product leaders ship faster without hiring. Worth 15 minutes next week? Tuesday or Thursday work for me.",
  fam=F, asks=["Worth 15 minutes next week?"], tz="Europe/London")
B(LI, "Sergio Navarro", "Consultor de operaciones de producto", "es",
  "Hola Friederike, ayudo a líderes de producto como tú a eliminar cuellos de botella y lanzar más rápido sin contratar. ¿Tienes 15 minutos la semana que viene para una llamada rápida? Creo que te resultará muy útil.",
  fam=F, asks=["¿Tienes 15 minutos la semana que viene para una llamada rápida?"])
B(LI, "Lucía Ortega", "Business Coach | Escalado de equipos", "es",
  "Hola Frederike! Trabajo con responsables de producto para que sus equipos lancen más rápido sin aumentar plantilla. ¿Te va bien una llamada de 15 min la próxima semana? 🚀",
  fam=F, asks=["¿Te va bien una llamada de 15 min la próxima semana?"])

F = "F03-ai-hyperpersonal"
B(LI, "Ryan Cooper", "CEO @ RetainIQ", "en",
  "Hi Friederike, loved seeing how you're scaling product at Trayecto! 🚀 We helped a travel-tech company just like yours cut churn by 23% and unlock $4M in new ARR in under 6 months. Worth a quick chat to see if we can do the same for Trayecto?",
  fam=F, refers=["Trayecto"], asks=["Worth a quick chat to see if we can do the same for Trayecto?"],
  tz="America/New_York")
B(LI, "Nathan Hughes", "Founder | AI for Customer Retention", "en",
  "Hi Friederike, your journey from Kontora to Head of Product at Trayecto is inspiring! We helped a fintech like yours cut churn 23% and boost NRR to 118% in 6 months. Could I share a 2-min video showing how?",
  fam=F, refers=["Kontora", "Trayecto"], asks=["Could I share a 2-min video showing how?"], tz="Europe/London")
B(LI, "Pablo Giménez", "Head of Growth @ RetainIQ", "es",
  "Hola Friederike, ¡me encanta cómo estás escalando producto en Trayecto! Ayudamos a una empresa travel-tech como la vuestra a reducir el churn un 23 % y sumar 4 M$ de ARR en menos de 6 meses. ¿Hablamos 15 minutos?",
  fam=F, refers=["Trayecto"], asks=["¿Hablamos 15 minutos?"])
B(LI, "Tyler Jenkins", "AI Sales Agent Builder", "en",
  "Hi {{firstName}}, I noticed {{companyName}} is growing fast in travel tech! We helped a similar company cut churn by 23% and add $4M ARR in 6 months using AI-driven retention. Worth a 15-min chat?",
  "Same AI template with unfilled merge fields ({{firstName}}, {{companyName}}).",
  fam=F, asks=["Worth a 15-min chat?"], tz="America/Los_Angeles")

F = "F04-recruiter-vp"
B(LI, "Sophie Turner", "Senior Talent Partner | Product & Tech | Executive Search", "en",
  "Hi Friederike, I'm working on an exciting VP Product opportunity with a fast-growing Series B scale-up (fully remote, equity). Your profile looks like a great match. Would you be open to a confidential chat?",
  fam=F, asks=["Would you be open to a confidential chat?"], tz="Europe/London")
B(XI, "James Whitmore", "Principal Consultant – Product Leadership Search", "en",
  "Hi Frederike, hope you're well! I'm currently partnering with a fast-growing Series B fintech on a VP Product hire – remote-first, strong equity. Your background looks like a great match. Open to a confidential conversation?",
  fam=F, asks=["Open to a confidential conversation?"], tz="Europe/London")
B(XI, "Katja Brenner", "Executive Search | Digital & Product", "de",
  "Guten Tag Frau Lang,\n\naktuell begleite ich eine spannende Position als VP Product bei einem schnell wachsenden Scale-up (Series B, remote möglich). Ihr Profil passt hervorragend. Wären Sie offen für ein vertrauliches Gespräch?\n\nBeste Grüße\nKatja Brenner",
  fam=F, reg="sie", asks=["Wären Sie offen für ein vertrauliches Gespräch?"], tz="Europe/Berlin")
B(XI, "Marco Hinz", "Recruiter Tech & Product | Let's talk!", "de",
  "Hey Friederike, ich hab da eine richtig spannende Rolle als VP Product bei einem schnell wachsenden Scale-up (Series B, Remote, Equity). Dein Profil passt super! Lust auf einen vertraulichen Austausch? 😊 LG Marco",
  fam=F, reg="du", asks=["Lust auf einen vertraulichen Austausch?"], tz="Europe/Berlin")
B(LI, "Raquel Domínguez", "Talent Acquisition Partner | Tech", "es",
  "Hola Friederike, estoy trabajando en una oportunidad muy interesante de VP of Product en una scale-up en pleno crecimiento (Serie B, remoto). Tu perfil encaja muy bien. ¿Te apetece una conversación confidencial?",
  fam=F, asks=["¿Te apetece una conversación confidencial?"])

F = "F05-podcast-fee"
B(LI, "Derek Simmons", "Host of The Product Leaders Show | 50K+ listeners", "en",
  "Hi Friederike! We'd love to feature you as a guest on The Product Leaders Show. Our episodes reach 50K+ founders and execs. Interested? I can send details incl. our guest package.",
  fam=F, refers=["The Product Leaders Show"], asks=["Interested?"], tz="America/New_York")
B(LI, "Kayla Morgan", "Producer @ Growth Voices Podcast", "en",
  "Hi Friederike, our team loved your profile and we'd be honored to have you as a guest on Growth Voices. We reach 50,000+ founders & executives monthly. There is a small production fee of $490 to cover editing & promotion. Shall I send the booking link?",
  fam=F, refers=["Growth Voices"], asks=["Shall I send the booking link?"], tz="America/Chicago")
B(LI, "Victor Hale", "Podcast Host | Top 1% Business Podcast", "en",
  "Hey [Name]! 🎙️ We'd love to feature you on our top-1% business podcast, reaching 50K+ founders & execs. Spots are limited this quarter. Interested in being a guest?",
  fam=F, asks=["Interested in being a guest?"], tz="America/Los_Angeles")
B(LI, "Marina Costa", "Host de Líderes Digitales Podcast", "es",
  "Hola Friederike, nos encantaría tenerte como invitada en Líderes Digitales, un podcast que llega a más de 50.000 fundadores y directivos. ¿Te interesa? Te envío el dossier con las condiciones de participación.",
  fam=F, refers=["Líderes Digitales"], asks=["¿Te interesa?"])

F = "F06-webinar-plg"
B(LI, "Laura Bennett", "Events Lead at ProdStack", "en",
  "Hi Friederike, join us on Thursday for our free webinar 'The Future of Product-Led Growth' with speakers from top SaaS companies. Save your seat here: prodstack.io/plg-webinar 🎟️",
  fam=F, refers=["'The Future of Product-Led Growth'"], asks=["Save your seat here: prodstack.io/plg-webinar"],
  tz="Europe/London")
B(LI, "Elena Ruiz", "Marketing Manager at ProdStack", "es",
  "Hola Friederike, el jueves celebramos el webinar gratuito 'El futuro del Product-Led Growth' con ponentes de grandes empresas SaaS. Reserva tu plaza aquí: prodstack.io/plg-webinar-es",
  fam=F, refers=["'El futuro del Product-Led Growth'"], asks=["Reserva tu plaza aquí: prodstack.io/plg-webinar-es"])
B(LI, "Giulia Romano", "Event Manager | ProdStack Italia", "it",
  "Ciao Friederike, giovedì organizziamo il webinar gratuito 'Il futuro del Product-Led Growth' con speaker di grandi aziende SaaS. Prenota il tuo posto qui: prodstack.io/plg-it",
  fam=F, refers=["'Il futuro del Product-Led Growth'"], asks=["Prenota il tuo posto qui: prodstack.io/plg-it"],
  tz="Europe/Rome")
B(LI, "Hannah Price", "Partner Marketing @ ProdStack", "en",
  "Hi Friederike, last chance! Our free webinar 'The Future of Product-Led Growth' is this Thursday and seats are filling up. As a product leader in Barcelona you'll love it. Grab your spot: prodstack.io/plg-webinar",
  fam=F, refers=["'The Future of Product-Led Growth'"], asks=["Grab your spot: prodstack.io/plg-webinar"],
  tz="Europe/London")
B(LI, "Laia Ferrer", "Màrqueting de camp | ProdStack", "ca",
  "Hola Friederike! Dijous fem el webinar gratuït 'El futur del Product-Led Growth' amb ponents de grans empreses SaaS. T'hi apuntes? prodstack.io/plg-webinar-es",
  fam=F, refers=["'El futur del Product-Led Growth'"], asks=["T'hi apuntes?"])

F = "F07-paid-speaking"
B(LI, "Dr. Ahmed Farouk", "Director, Global Leaders Summit", "en",
  "Dear Friederike, on behalf of the organising committee it is our pleasure to invite you as a speaker at the Global Product & Innovation Leaders Summit in Dubai. Speaker packages start at €1,950 (incl. stage slot & award). May I share the details?",
  fam=F, refers=["Global Product & Innovation Leaders Summit"], asks=["May I share the details?"], tz="Asia/Dubai")
B(LI, "Sarah Collins", "Speaker Relations | World FinTech Leaders Forum", "en",
  "Dear Frederike, we are pleased to invite you to speak at the World FinTech Leaders Forum in Singapore. Based on your impressive profile, the committee has shortlisted you for a keynote slot (speaker participation fee applies). Kindly confirm your interest.",
  fam=F, refers=["World FinTech Leaders Forum"], asks=["Kindly confirm your interest."], tz="Asia/Singapore")
B(LI, "Claire Dubois", "Responsable des intervenants | Sommet Européen de l'Innovation", "fr",
  "Chère Friederike, nous avons le plaisir de vous inviter à intervenir au Sommet Européen de l'Innovation à Paris. Forfait intervenant à partir de 1 950 € (créneau de 20 min + trophée). Puis-je vous envoyer le dossier ?",
  fam=F, refers=["Sommet Européen de l'Innovation"], asks=["Puis-je vous envoyer le dossier ?"], tz="Europe/Paris")
B(XI, "Thomas Bergmann", "Speaker Management | Digital Leaders Kongress", "de",
  "Sehr geehrte Frau Lang,\n\nim Namen des Programmkomitees möchten wir Sie herzlich als Speakerin für den Digital Leaders Kongress in Frankfurt einladen. Unsere Speaker-Pakete beginnen bei 1.950 € (inkl. 20-minütigem Slot und Award).\n\nDarf ich Ihnen die Unterlagen zusenden?\n\nMit besten Grüßen\nThomas Bergmann",
  fam=F, reg="sie", refers=["Digital Leaders Kongress"], asks=["Darf ich Ihnen die Unterlagen zusenden?"],
  tz="Europe/Berlin")
B(LI, "Kevin Ashford", "Global Events | CXO Leaders Series", "en",
  "Dear [Name], congratulations! You have been selected as a speaker for the CXO Product Leaders Summit in London. Speaker packages from £1,700 include a stage slot, award and media feature. Shall I send the brochure?",
  fam=F, refers=["CXO Product Leaders Summit"], asks=["Shall I send the brochure?"], tz="Europe/London")

F = "F08-coauthor-chapter"
B(LI, "Michael Grant", "Publisher | Leaders of Tomorrow Book Series", "en",
  "Hi Friederike, you've been nominated to co-author a chapter in our upcoming bestseller 'Leaders of Tomorrow: Product Edition', alongside 20 top executives. A contribution fee covers editing & global launch. Can I send details?",
  fam=F, refers=["'Leaders of Tomorrow: Product Edition'"], asks=["Can I send details?"], tz="America/New_York")
B(LI, "Jennifer Wallace", "Acquisitions Editor", "en",
  "Dear Frederike, congratulations – our editorial board selected you to co-author a chapter in 'Leaders of Tomorrow: Product Edition', an Amazon-bestseller series. Authors invest $2,500 for editing, design & launch. Interested?",
  fam=F, refers=["'Leaders of Tomorrow: Product Edition'"], asks=["Interested?"], tz="America/Chicago")
B(LI, "Carmen Vidal", "Editora | Serie Líderes del Mañana", "es",
  "Hola Friederike, has sido seleccionada para ser coautora de un capítulo en el libro 'Líderes del Mañana: Edición Producto', junto a 20 directivos de referencia. La participación incluye una cuota de edición. ¿Te envío la información?",
  fam=F, refers=["'Líderes del Mañana: Edición Producto'"], asks=["¿Te envío la información?"])
B(LI, "Beatriz Lima", "Editora | Líderes do Amanhã", "pt",
  "Olá Friederike, você foi indicada para ser coautora de um capítulo do livro 'Líderes do Amanhã: Edição Produto', com 20 executivos de destaque. Há uma taxa de participação para edição e lançamento. Posso enviar os detalhes?",
  fam=F, refers=["'Líderes do Amanhã: Edição Produto'"], asks=["Posso enviar os detalhes?"], tz="America/Sao_Paulo")
B(LI, "Robert Kline", "Founder, Bestseller Collective", "en",
  "Hi {{firstName}}, imagine being a bestselling author by summer. 📚 We're inviting 20 leaders to co-author 'Leaders of Tomorrow: Product Edition'. Limited spots, investment required. Want the details?",
  fam=F, refers=["'Leaders of Tomorrow: Product Edition'"], asks=["Want the details?"], tz="America/New_York")

F = "F09-crypto-income"
B(LI, "Jessica Wong", "Investor | Financial Freedom Coach", "en",
  "Hi dear, how are you doing? I'm earning passive income with an AI crypto trading platform, 12-15% weekly returns with no experience needed. Would you like me to show you how it works? 😊",
  fam=F, asks=["Would you like me to show you how it works?"], tz="Asia/Singapore")
B(LI, "Daniel Kim", "Entrepreneur | Digital Assets", "en",
  "Hello Friederike, nice to connect with successful people like you. I make extra income with crypto trading, 15% weekly. If you're open-minded I can teach you, it's free. Interested?",
  fam=F, asks=["Interested?"], tz="America/Los_Angeles")
B(LI, "Valeria Ríos", "Emprendedora | Libertad Financiera", "es",
  "Hola guapa, ¿qué tal? Estoy generando ingresos pasivos con una plataforma de trading de criptomonedas con IA, 12-15 % semanal y sin experiencia. ¿Quieres que te cuente cómo funciona? 💰",
  fam=F, asks=["¿Quieres que te cuente cómo funciona?"], tz="America/Bogota")
B(LI, "Alessandro Bianchi", "Trader | Mentor finanziario", "it",
  "Ciao Friederike, come stai? Guadagno un reddito passivo con una piattaforma di trading crypto con IA, 12-15% a settimana, senza esperienza. Ti va di sapere come funziona?",
  fam=F, asks=["Ti va di sapere come funziona?"], tz="Europe/Rome")
B(LI, "Juliana Santos", "Empreendedora Digital | Liberdade Financeira", "pt",
  "Oi Friederike, tudo bem? Estou tendo renda passiva com uma plataforma de trading de cripto com IA, 12-15% por semana, sem experiência. Quer que eu te mostre como funciona? 🙏",
  fam=F, asks=["Quer que eu te mostre como funciona?"], tz="America/Sao_Paulo")

F = "F10-leadgen-automation"
B(LI, "Aaron Blake", "LinkedIn Growth Expert | 10x Your Pipeline", "en",
  "Hi Friederike, I help B2B companies book 30+ qualified meetings/month with automated LinkedIn outreach. No ads, no cold calls, results guaranteed or you don't pay. Want me to send a quick case study?",
  fam=F, asks=["Want me to send a quick case study?"], tz="America/New_York")
B(LI, "Iván Herrera", "Growth Hacker | Automatización de LinkedIn", "es",
  "Hola Friederike, ayudo a empresas B2B a conseguir más de 30 reuniones cualificadas al mes con prospección automatizada en LinkedIn. Resultados garantizados o no pagas. ¿Te paso un caso de éxito?",
  fam=F, asks=["¿Te paso un caso de éxito?"])
B(LI, "Sander de Vries", "Growth Marketeer | LinkedIn Leadgeneratie", "nl",
  "Hoi Friederike, wij regelen 30+ gekwalificeerde afspraken per maand voor B2B-bedrijven met geautomatiseerde LinkedIn-outreach. Geen resultaat, geen kosten. Zal ik je een korte case study sturen?",
  fam=F, asks=["Zal ik je een korte case study sturen?"], tz="Europe/Amsterdam")
B(LI, "Connor Walsh", "Founder @ PipelineRocket", "en",
  "Hi Friederike, quick question: would 30 extra qualified demos a month help Trayecto? We do automated LinkedIn + email outreach, pay-per-meeting. Case study?",
  fam=F, refers=["Trayecto"], asks=["would 30 extra qualified demos a month help Trayecto?", "Case study?"],
  tz="Europe/Dublin")
B(LI, "Bartosz Kaczmarek", "Growth Hacker | Automatyzacja LinkedIn", "pl",
  "Cześć Friederike, umawiamy firmom B2B ponad 30 kwalifikowanych spotkań miesięcznie dzięki automatyzacji LinkedIn. Gwarancja wyników albo nie płacisz. Podesłać Ci krótkie case study?",
  fam=F, asks=["Podesłać Ci krótkie case study?"], tz="Europe/Warsaw")

F = "F11-jobseeker-referral"
B(LI, "Ahmed Siddiqui", "Aspiring Product Manager | MBA | Open to Work", "en",
  "Dear Hiring Manager, I am a highly motivated MBA graduate seeking opportunities in product management. I would be grateful if you could refer me or let me know of any openings in your team. Thank you for your time!",
  fam=F, asks=["I would be grateful if you could refer me or let me know of any openings in your team."],
  tz="Asia/Karachi")
B(LI, "Neha Gupta", "Open to Work | Product Analyst | SQL, Jira", "en",
  "Dear Sir/Madam, I am a motivated graduate looking for opportunities in product management. I'd be grateful if you could refer me or share any open positions in your company. Please find my CV in my profile.",
  "Job-seeker template with wrong salutation ('Dear Sir/Madam').",
  fam=F, asks=["I'd be grateful if you could refer me or share any open positions in your company."],
  tz="Asia/Kolkata")
B(LI, "Diego Fernández", "Buscando empleo | Junior Product Owner", "es",
  "Estimado/a responsable de selección: soy un graduado muy motivado en busca de oportunidades en gestión de producto. Le agradecería que me recomendara o me informara de vacantes en su equipo. ¡Gracias!",
  fam=F, asks=["Le agradecería que me recomendara o me informara de vacantes en su equipo."])
B(LI, "Marta Gil", "Graduada en ADE | #OpenToWork", "es",
  "Hola Friederike, soy recién graduada y busco mi primera oportunidad en producto. Te agradecería mucho si pudieras recomendarme o avisarme de cualquier vacante en tu empresa. ¡Muchas gracias!",
  fam=F, asks=["Te agradecería mucho si pudieras recomendarme o avisarme de cualquier vacante en tu empresa."])
B(LI, "Kamil Wróbel", "Absolwent | Szukam pracy w produkcie", "pl",
  "Szanowni Państwo, jestem zmotywowanym absolwentem i szukam pracy w zarządzaniu produktem. Byłbym wdzięczny za polecenie mnie lub informację o wolnych stanowiskach w Państwa zespole. Dziękuję!",
  "Job-seeker template translated to Polish, plural 'Szanowni Państwo' salutation.",
  fam=F, asks=["Byłbym wdzięczny za polecenie mnie lub informację o wolnych stanowiskach w Państwa zespole."],
  tz="Europe/Warsaw")

F = "F12-impressed-profile"
B(LI, "Mark Stevens", "Business Development | Consulting", "en",
  "Hi Friederike, I came across your profile and was really impressed by your experience. I'd love to connect and exchange ideas.",
  fam=F, tz="Europe/London")
B(LI, "Olivia Reed", "Entrepreneur | Investor | Speaker", "en",
  "Hello Friederike, I came across your profile and was impressed by your background and achievements. It would be great to connect and explore potential synergies.",
  fam=F, tz="America/New_York")
B(LI, "Rajesh Kumar", "Senior Consultant", "en",
  "Dear Frederike,\nI came across your profile and I was impressed by your experience. I would like to connect with you and exchange ideas.\nRegards,\nRajesh",
  fam=F, tz="Asia/Kolkata")
B(LI, "Javier Moreno", "Director Comercial", "es",
  "Hola Friederike, me encontré con tu perfil y me impresionó tu trayectoria. Me encantaría conectar e intercambiar ideas.",
  "Hard case: translated flattery template; 'trayectoria' contains the string 'Trayecto' but means 'career'.",
  fam=F)
B(XI, "Wolfgang Reiter", "Unternehmensberater", "de",
  "Sehr geehrte Frau Lang, ich bin auf Ihr Profil gestoßen und war von Ihrem Werdegang sehr beeindruckt. Ich würde mich freuen, wenn wir uns vernetzen und austauschen. Viele Grüße, Wolfgang Reiter",
  fam=F, reg="sie", tz="Europe/Vienna")
B(LI, "Julien Marchand", "Consultant en stratégie", "fr",
  "Bonjour Friederike, je suis tombé sur votre profil et j'ai été impressionné par votre parcours. Je serais ravi d'échanger et de rester en contact.",
  fam=F, tz="Europe/Paris")
B(LI, "Jordi Camps", "Consultor d'empresa", "ca",
  "Hola Friederike, m'he trobat el teu perfil i m'ha impressionat la teva trajectòria. M'encantaria connectar i intercanviar idees!",
  fam=F)
B(LI, "Steven Clarke", "Sales Director EMEA", "en",
  "Hi Friederike, came across your profile and was impressed. Would love to connect, exchange ideas and explore how we could work together. We help companies like Trayecto cut cloud costs by 30%.",
  "Flattery template with a cloud-cost pitch appended; company name filled in automatically.",
  fam=F, refers=["Trayecto"], tz="Europe/London")

F = "F13-booth-event"
B(LI, "Alex Ramirez", "Account Executive @ Roadmapr", "en",
  "Hi Friederike! Saw you're attending Barcelona Product Week 🙌 Our team will be at booth B14 showing how Roadmapr helps product teams ship 2x faster. Fancy grabbing 15 min there?",
  fam=F, refers=["Barcelona Product Week"], asks=["Fancy grabbing 15 min there?"], pin=("2024-09-09", "2024-09-20"))
B(LI, "Nicole Foster", "Enterprise AE | Roadmapr", "en",
  "Hey Friederike, noticed you'll be at Pivot Conf Berlin! We're at booth 22 demoing how Roadmapr helps product teams ship 2x faster. Could we book 15 minutes at the booth?",
  fam=F, refers=["Pivot Conf Berlin"], asks=["Could we book 15 minutes at the booth?"], pin=("2024-05-06", "2024-05-14"),
  tz="Europe/Berlin")
B(LI, "Rubén Castillo", "Account Executive Iberia | Roadmapr", "es",
  "Hola Friederike, he visto que vas a Producto Sur 🙌 Estaremos en el stand 9 enseñando cómo Roadmapr ayuda a los equipos de producto a lanzar el doble de rápido. ¿Nos vemos 15 min allí?",
  fam=F, refers=["Producto Sur"], asks=["¿Nos vemos 15 min allí?"], pin=("2024-10-07", "2024-10-15"))
B(LI, "Ethan Wright", "SDR | Roadmapr", "en",
  "Hi Friederike, saw you're attending {{event_name}}! Our team will be at the booth showing how Roadmapr helps product teams ship 2x faster. Fancy grabbing 15 min?",
  "Booth template with the event merge field left unfilled.",
  fam=F, asks=["Fancy grabbing 15 min?"], tz="America/New_York")
B(LI, "Grace Liu", "Field Sales | Roadmapr", "en",
  "Hi Frederike, great to see another product leader heading to Travel Tech Forum Lisbon! We'll be at stand C3 — would love to show you how Roadmapr helps product teams ship 2x faster. 15 min?",
  fam=F, refers=["Travel Tech Forum Lisbon"], asks=["15 min?"], pin=("2024-11-11", "2024-11-19"), tz="Europe/Lisbon")

F = "F14-award-phish"
B(LI, "Jonathan Pierce", "Nominations Director | Global Excellence Awards", "en",
  "Congratulations Friederike! You have been shortlisted for the 2024 Top 50 Product Leaders in Europe award. Please confirm your nomination within 48h here: topleaders-award.co/confirm?id=88231",
  fam=F, refers=["2024 Top 50 Product Leaders in Europe award"],
  asks=["Please confirm your nomination within 48h here: topleaders-award.co/confirm?id=88231"],
  pin=("2024-03-20", "2024-07-31"), tz="Europe/London")
B(LI, "Laura Méndez", "Directora de Premios | Líderes Tech", "es",
  "¡Enhorabuena Friederike! Has sido preseleccionada para los premios Top 50 Líderes de Producto de Europa. Confirma tu candidatura en 48 h aquí: topleaders-award.co/es/confirm?id=90412",
  fam=F, refers=["premios Top 50 Líderes de Producto de Europa"],
  asks=["Confirma tu candidatura en 48 h aquí: topleaders-award.co/es/confirm?id=90412"],
  pin=("2024-08-01", "2024-10-31"))
B(LI, "Victoria Hammond", "Awards Coordinator", "en",
  "Dear Friederike, great news: you've been selected as a finalist for the European Product Excellence Award 2024. Secure your place by confirming here within 48 hours: topleaders-award.co/confirm?id=91877",
  fam=F, refers=["European Product Excellence Award 2024"],
  asks=["Secure your place by confirming here within 48 hours: topleaders-award.co/confirm?id=91877"],
  pin=("2024-11-01", "2024-12-20"), tz="Europe/London")

F = "F15-document-phish"
B(LI, "Amanda Lewis", "HR Manager", "en",
  "Hello, I have shared a confidential document regarding a business proposal with you. Kindly review it via the secure link: docs-share-view.com/f/7731 and revert.",
  fam=F, asks=["Kindly review it via the secure link: docs-share-view.com/f/7731 and revert."], tz="America/Chicago")
B(LI, "Michael Owens", "Talent Partner", "en",
  "Hi Friederike, I have an urgent proposal for you. Please review the attached file via this link and let me know: drive-docs-secure.net/view/2210",
  fam=F, asks=["Please review the attached file via this link and let me know: drive-docs-secure.net/view/2210"],
  tz="America/New_York")
B(XI, "Sandra Koch", "Assistentin der Geschäftsführung", "de",
  "Sehr geehrte Frau Lang, ich habe Ihnen ein vertrauliches Dokument zu einer Geschäftsanfrage freigegeben. Bitte prüfen Sie es über den folgenden sicheren Link: docs-freigabe-online.de/v/4419 und geben Sie mir kurz Rückmeldung.",
  fam=F, reg="sie",
  asks=["Bitte prüfen Sie es über den folgenden sicheren Link: docs-freigabe-online.de/v/4419 und geben Sie mir kurz Rückmeldung."],
  tz="Europe/Berlin")

F = "F16-xing-synergien"
B(XI, "Dieter Hahn", "Vertriebsleiter | Netzwerker aus Leidenschaft", "de",
  "Guten Tag Frau Lang,\n\nich bin bei meiner Recherche auf Ihr interessantes Profil gestoßen und sehe durchaus Synergien zwischen uns. Ich freue mich auf die Vernetzung! Ein gutes Netzwerk ist schließlich alles.\n\nBeste Grüße\nDieter Hahn",
  fam=F, reg="sie", tz="Europe/Berlin")
B(XI, "Sven Krüger", "Business Coach | Speaker | Autor", "de",
  "Hallo Friederike, bin über dein spannendes Profil gestolpert und sehe da echt Synergien zwischen uns. Freu mich auf die Vernetzung – ein gutes Netzwerk ist schließlich alles! Beste Grüße Sven",
  "Same XING collector text switched to 'du'.", fam=F, reg="du", tz="Europe/Berlin")
B(XI, "Petra Schulze", "Inhaberin | Schulze Consulting", "de",
  "Sehr geehrte Frau Lang, bei meiner Recherche bin ich auf Ihr Profil aufmerksam geworden. Ich sehe Synergien und würde mich freuen, Sie in meinem Netzwerk begrüßen zu dürfen. Ein gutes Netzwerk ist schließlich alles. Herzliche Grüße, Petra Schulze",
  fam=F, reg="sie", tz="Europe/Berlin")
B(XI, "Herbert Maier", "Geschäftsführer | Maier Finanzplanung", "de",
  "Sehr geehrter Herr Lang, ich bin auf Ihr interessantes Profil gestoßen und sehe Synergien. Gerne würde ich Sie in mein Netzwerk aufnehmen. Mit freundlichen Grüßen H. Maier",
  "XING collector text with the wrong salutation ('Herr Lang').", fam=F, reg="sie", tz="Europe/Berlin")

F = "F17-xing-profilbesuch"
B(XI, "Monika Fuchs", "Immobilienberaterin", "de",
  "Guten Tag Frau Lang, ich habe gesehen, dass Sie mein Profil besucht haben – da dachte ich mir, wir vernetzen uns gleich direkt. Ich freue mich auf den Austausch! Freundliche Grüße Monika Fuchs",
  fam=F, reg="sie", tz="Europe/Berlin")
B(XI, "Jens Albers", "Versicherungsmakler", "de",
  "Hi Friederike, du hast mein Profil angeschaut – dann lass uns doch gleich direkt vernetzen! Freu mich. Grüße Jens",
  fam=F, reg="du", tz="Europe/Berlin")
B(XI, "Andreas Lorenz", "Vermögensberater", "de",
  "Sehr geehrte Frau Lang, vielen Dank, dass Sie mein Profil besucht haben. Da dachte ich mir, wir vernetzen uns am besten direkt. Falls Sie Fragen zur Altersvorsorge haben, bin ich gerne für Sie da.",
  "Profile-visit collector text with a pension-advice pitch appended.", fam=F, reg="sie", tz="Europe/Berlin")
B(XI, "Claudia Wagner", "Personal Coach", "de",
  "Hallo Frau Lang, Sie haben kürzlich mein Profil besucht – da dachte ich, wir vernetzen uns doch gleich. Ich freue mich! Herzliche Grüße Claudia",
  fam=F, reg="sie", tz="Europe/Berlin")

F = "F18-saas-roadmap-tool"
B(LI, "Olivia Grant", "Account Executive @ Prioro", "en",
  "Hi [Name], product leaders at companies like Spotify, N26 and Booking use Prioro to prioritise their roadmap with real customer data. Would you be open to a free 14-day trial for your team?",
  "SaaS tool pitch with unfilled [Name] merge field.",
  fam=F, asks=["Would you be open to a free 14-day trial for your team?"], tz="Europe/London")
B(LI, "Lucas Bennett", "SDR @ Prioro", "en",
  "Hi Friederike, product teams at Spotify, N26 and Booking use Prioro to prioritize roadmaps with real customer feedback. Would you be open to a free 14-day trial for the Trayecto team?",
  fam=F, refers=["Trayecto"], asks=["Would you be open to a free 14-day trial for the Trayecto team?"],
  tz="America/New_York")
B(LI, "Clara Jiménez", "Account Executive Spain | Prioro", "es",
  "Hola Friederike, equipos de producto de empresas como Spotify, N26 o Booking usan Prioro para priorizar su roadmap con datos reales de clientes. ¿Te gustaría una prueba gratuita de 14 días?",
  fam=F, asks=["¿Te gustaría una prueba gratuita de 14 días?"])
B(LI, "Tobias Engel", "Account Executive DACH @ Prioro", "de",
  "Hallo Frau Lang, Produktteams bei Spotify, N26 und Booking priorisieren ihre Roadmap mit Prioro auf Basis echter Kundendaten. Hätten Sie Interesse an einer kostenlosen 14-Tage-Testphase?",
  fam=F, reg="sie", asks=["Hätten Sie Interesse an einer kostenlosen 14-Tage-Testphase?"], tz="Europe/Berlin")
B(LI, "Mia Johnson", "Customer Success @ Prioro", "en",
  "Hi Friederike! Quick one: teams at Spotify & N26 use Prioro to prioritise their roadmaps with customer data. Since you wrote about feature request forms, thought you'd like it! Free 14-day trial?",
  "Hard case: same SaaS pitch with a scraped nod to her newsletter topic; the topic is only a hook for the trial offer.",
  fam=F, refers=["you wrote about feature request forms"], asks=["Free 14-day trial?"],
  pin=("2024-07-15", "2024-12-31"), tz="Europe/London")

F = "F19-expand-network"
B(LI, "Daniel Ross", "Sales Manager", "en",
  "Hi Friederike, I'm looking to expand my network with professionals in the tech industry in Barcelona. Would be great to connect!",
  fam=F)
B(LI, "Emma Wilson", "Recruitment Consultant", "en",
  "Hi Friederike, I'm expanding my network with tech professionals here in Barcelona. Would be great to connect! 🙂",
  fam=F)
B(LI, "Jorge Sánchez", "Consultor IT", "es",
  "Hola Friederike, estoy ampliando mi red de contactos con profesionales del sector tecnológico en Barcelona. ¡Sería un placer conectar!",
  fam=F)
B(LI, "Sara Martín", "Marketing Digital", "es",
  "Hola! Estoy ampliando mi red con profesionales tech de Barcelona, sería genial conectar contigo 😊",
  fam=F)
B(LI, "Pau Ribas", "Consultor de vendes", "ca",
  "Hola Friederike, estic ampliant la meva xarxa amb professionals del sector tecnològic a Barcelona. Seria un plaer connectar!",
  fam=F)

F = "F20-founder-interview"
B(LI, "Noah Fischer", "Founder @ SpecPilot (YC W24)", "en",
  "Hi Friederike, I'm building an AI copilot that writes PRDs for product managers and I'm talking to experienced product leaders. Would you be up for a 20-min user interview? Happy to give you lifetime free access.",
  fam=F, asks=["Would you be up for a 20-min user interview?"], tz="America/Los_Angeles")
B(LI, "Isabella Martin", "Co-founder @ SpecPilot", "en",
  "Hey Friederike! We're building an AI copilot that drafts PRDs and user stories. Looking for feedback from senior product leaders like you — would you do a 20-min call? Lifetime free access as a thank you 🎁",
  fam=F, asks=["would you do a 20-min call?"], tz="America/Los_Angeles")
B(LI, "Marc Soler", "Founder @ Backlogia", "es",
  "Hola Friederike, estoy creando un copiloto de IA para product managers y busco feedback de responsables de producto con experiencia. ¿Te animarías a una entrevista de 20 minutos? Te regalamos acceso gratuito de por vida.",
  fam=F, asks=["¿Te animarías a una entrevista de 20 minutos?"])
B(LI, "Antoine Lefèvre", "Fondateur @ SpecPilot", "fr",
  "Bonjour Friederike, nous développons un copilote IA qui rédige les PRD pour les product managers. Seriez-vous partante pour un entretien de 20 minutes ? Accès gratuit à vie en remerciement.",
  fam=F, asks=["Seriez-vous partante pour un entretien de 20 minutes ?"], tz="Europe/Paris")

F = "F21-mutual-connection"
B(LI, "Kyle Anderson", "Account Executive | Cloud Security", "en",
  "Hi Friederike, I noticed we're both connected with Jordi Puig, so I thought it would make sense to connect as well. Looking forward to learning from your posts!",
  fam=F, refers=["Jordi Puig"], tz="America/New_York")
B(LI, "Samantha Reyes", "SDR | HR Tech", "en",
  "Hi Friederike, I see we have 14 mutual connections, including Núria Casals, so I figured it would make sense to connect. Looking forward to staying in touch!",
  fam=F, refers=["Núria Casals"], tz="America/Chicago")
B(LI, "Josh Patel", "Partnerships | Payments", "en",
  "Hi Friederike, I see we're both connected with {{mutual_connection}}, so I thought it would make sense to connect!",
  "Mutual-connection template with the merge field left unfilled.", fam=F, tz="Europe/London")
B(LI, "Óscar Pérez", "Key Account Manager", "es",
  "Hola Friederike, veo que tenemos en común a Carlos Medina y a otras 20 personas, así que he pensado que tendría sentido conectar. ¡Un saludo!",
  fam=F, refers=["Carlos Medina"])
B(LI, "Megan O'Neill", "BDR | Data Platforms", "en",
  "Hi Friederike, noticed we both know Marta Ferrer and have 9 mutual connections – thought it would make sense to connect! 🙂",
  fam=F, refers=["Marta Ferrer"], tz="Europe/Dublin")

F = "F22-thesis-survey"
B(XI, "Laura Schmitt", "Masterstudentin Wirtschaftsinformatik", "de",
  "Sehr geehrte Damen und Herren,\n\nim Rahmen meiner Masterarbeit untersuche ich agiles Produktmanagement in deutschen Unternehmen. Ich würde mich sehr freuen, wenn Sie an meiner 10-minütigen Umfrage teilnehmen: umfrage-uni.de/s/pm2024\n\nVielen Dank!\nLaura Schmitt",
  fam=F, reg="sie", asks=["Ich würde mich sehr freuen, wenn Sie an meiner 10-minütigen Umfrage teilnehmen"],
  tz="Europe/Berlin")
B(XI, "Jonas Vogt", "Student M.Sc. Management", "de",
  "Hallo Friederike, ich schreibe meine Masterarbeit über agiles Produktmanagement und suche noch Teilnehmer*innen für meine Umfrage (10 Min). Magst du mitmachen? umfrage-uni.de/s/pm2024 Danke dir!",
  fam=F, reg="du", asks=["Magst du mitmachen?"], tz="Europe/Berlin")
B(LI, "Chen Wei", "MSc Student | Product Management Research", "en",
  "Dear Sir/Madam, as part of my master's thesis I'm researching agile product management practices. I'd be very grateful if you could complete my 10-minute survey: forms.gle/xK29pm. Thank you!",
  fam=F, asks=["I'd be very grateful if you could complete my 10-minute survey"], tz="Europe/Amsterdam")
B(LI, "Irene Castro", "Estudiante de Máster en Dirección de Producto", "es",
  "Hola Friederike, estoy haciendo mi TFM sobre gestión ágil de producto. ¿Podrías responder mi encuesta de 10 minutos? forms.gle/tfm-pm24 ¡Mil gracias!",
  fam=F, asks=["¿Podrías responder mi encuesta de 10 minutos?"])

F = "F23-mentor-me"
B(LI, "Ayesha Khan", "Aspiring PM | Bootcamp Graduate", "en",
  "Hi Friederike, I'm an aspiring product manager and I'm looking for a mentor to guide me in my journey. Would you be my mentor? I'd be grateful for any guidance.",
  fam=F, asks=["Would you be my mentor?"], tz="Asia/Dubai")
B(LI, "Ricardo Alves", "Career switcher → Product", "en",
  "Hello Friederike, I'm transitioning into product management and looking for a mentor who can guide me. Would you consider mentoring me? Even 30 min a month would mean a lot!",
  fam=F, asks=["Would you consider mentoring me?"], tz="Europe/Lisbon")
B(LI, "Laura Pineda", "Aspirante a Product Manager", "es",
  "Hola Friederike, estoy empezando en gestión de producto y busco una mentora que me guíe. ¿Te gustaría ser mi mentora? Te agradecería cualquier consejo.",
  fam=F, asks=["¿Te gustaría ser mi mentora?"], tz="America/Mexico_City")
B(LI, "Mariana Oliveira", "Futura Product Manager", "pt",
  "Olá Friederike, estou começando minha carreira em produto e procuro uma mentora para me orientar. Você aceitaria ser minha mentora? Qualquer orientação seria muito valiosa.",
  fam=F, asks=["Você aceitaria ser minha mentora?"], tz="America/Sao_Paulo")

F = "F24-bnpl-partnership"
B(LI, "Hugo Laurent", "Head of Partnerships @ PayLater Travel", "en",
  "Hi Friederike, we're a BNPL provider for travel. Partners see +18% conversion and 25% larger baskets at checkout. Would you be open to exploring a partnership?",
  fam=F, asks=["Would you be open to exploring a partnership?"], tz="Europe/Paris")
B(LI, "Francesca Greco", "Partnership Manager | PayLater Travel", "it",
  "Ciao Friederike, siamo un fornitore BNPL per il settore viaggi. I nostri partner registrano +18% di conversione e carrelli più grandi del 25%. Saresti aperta a valutare una partnership?",
  fam=F, asks=["Saresti aperta a valutare una partnership?"], tz="Europe/Rome")
B(LI, "Álvaro Prieto", "Partnerships Iberia @ PayLater Travel", "es",
  "Hola Friederike, somos un proveedor de BNPL para viajes. Nuestros partners ven un +18 % de conversión en el checkout. ¿Te interesaría explorar una colaboración?",
  fam=F, asks=["¿Te interesaría explorar una colaboración?"])
B(LI, "Daan Jansen", "Partner Manager Benelux", "nl",
  "Hoi Friederike, wij zijn een BNPL-aanbieder voor reizen. Partners zien +18% conversie en 25% grotere winkelmandjes. Sta je open voor een verkennend gesprek over een partnerschap?",
  fam=F, asks=["Sta je open voor een verkennend gesprek over een partnerschap?"], tz="Europe/Amsterdam")

F = "F25-ux-audit"
B(LI, "Ella Morgan", "UX Lead @ PixelForge Agency", "en",
  "Hi Friederike, we ran a free UX audit of Trayecto's booking flow and found 7 quick wins that could lift conversion by 15%+. Want me to send the report? It's a 3-min Loom.",
  fam=F, refers=["Trayecto's booking flow"], asks=["Want me to send the report?"], tz="Europe/London")
B(LI, "Gabriel Rocha", "Designer de Produto | PixelForge", "pt",
  "Olá Friederike, fizemos uma auditoria de UX gratuita do fluxo de reservas da Trayecto e encontramos 7 melhorias rápidas que podem aumentar a conversão em 15%. Posso te enviar o relatório?",
  fam=F, refers=["fluxo de reservas da Trayecto"], asks=["Posso te enviar o relatório?"], tz="America/Sao_Paulo")
B(LI, "Harper Davis", "Design Partner | Conversion Studio", "en",
  "Hi Friederike, I recorded a quick audit of {{company}}'s onboarding flow and spotted 7 quick wins to lift conversion 15%+. Can I send you the video?",
  "Audit pitch with the company merge field left unfilled.",
  fam=F, asks=["Can I send you the video?"], tz="America/New_York")
B(LI, "Nerea Ibarra", "UX Strategist", "es",
  "Hola Friederike, hemos hecho una auditoría UX gratuita del proceso de reserva de Trayecto y hemos detectado 7 mejoras rápidas para subir la conversión un 15 %. ¿Te envío el informe?",
  fam=F, refers=["proceso de reserva de Trayecto"], asks=["¿Te envío el informe?"])

F = "F26-newsletter-demo"
B(LI, "Jordan Blake", "Founder @ InsightLoop", "en",
  "Hi Friederike, just read your latest newsletter post and loved your take on product strategy! 🙌 Speaking of which – InsightLoop turns customer calls into roadmap insights automatically. Open to a quick demo?",
  fam=F, refers=["your latest newsletter post"], asks=["Open to a quick demo?"], tz="America/New_York")
B(LI, "Carla Romero", "SDR @ InsightLoop", "es",
  "Hola Friederike, ¡me encantó tu última publicación sobre estrategia de producto! Hablando de eso, InsightLoop convierte llamadas con clientes en insights para el roadmap. ¿Te enseño una demo rápida?",
  fam=F, refers=["tu última publicación sobre estrategia de producto"], asks=["¿Te enseño una demo rápida?"])
B(LI, "Morgan Hayes", "AE @ InsightLoop", "en",
  "Hi Friederike, your newsletter Off the Roadmap is 🔥 — especially your take on product strategy! Speaking of which, InsightLoop turns customer calls into roadmap insights automatically. Worth a quick demo?",
  "Hard case: names her newsletter correctly, but the praise is generic ('your take on product strategy') and the same InsightLoop pitch follows.",
  fam=F, refers=["Off the Roadmap"], asks=["Worth a quick demo?"], tz="Europe/London")

F = "F27-unternehmerfruehstueck"
B(XI, "Rolf Becker", "Veranstalter | Business Netzwerk Rhein-Main", "de",
  "Sehr geehrte Frau Lang,\n\nich lade Sie herzlich zu unserem nächsten Unternehmer-Frühstück ein – Networking auf Augenhöhe mit über 80 Entscheidern. Die Teilnahme kostet nur 49 € inkl. Buffet.\n\nHier geht's zur Anmeldung: netzwerk-fruehstueck.de/termine",
  fam=F, reg="sie", refers=["Unternehmer-Frühstück"],
  asks=["Hier geht's zur Anmeldung: netzwerk-fruehstueck.de/termine"], tz="Europe/Berlin")
B(XI, "Sabine Roth", "Event Managerin | Unternehmer-Frühstück", "de",
  "Guten Tag Frau Lang, darf ich Sie zu unserem Unternehmer-Frühstück einladen? Networking mit 80+ Entscheidern, 49 € inkl. Buffet. Anmeldung unter netzwerk-fruehstueck.de/termine. Ich freue mich auf Sie!",
  fam=F, reg="sie", refers=["Unternehmer-Frühstück"],
  asks=["darf ich Sie zu unserem Unternehmer-Frühstück einladen?"], tz="Europe/Berlin")
B(XI, "Marcel Vogt", "Gründer | Business Breakfast Club", "de",
  "Hi Friederike, komm doch zu unserem nächsten Business Breakfast! 80+ Entscheider, echtes Networking, nur 49 € inkl. Buffet. Anmeldung: netzwerk-fruehstueck.de/termine 🥐",
  fam=F, reg="du", refers=["Business Breakfast"],
  asks=["komm doch zu unserem nächsten Business Breakfast!"], tz="Europe/Berlin")
B(XI, "Heike Sommer", "Regionalleitung Hamburg | Unternehmer-Frühstück", "de",
  "Sehr geehrte Frau Lang, als Entscheiderin in der Region Hamburg laden wir Sie herzlich zu unserem Unternehmer-Frühstück ein. 49 € inkl. Buffet, 80+ Teilnehmer. Anmeldung: netzwerk-fruehstueck.de/termine",
  "Hard case: mentions Hamburg (her old city, outdated profile data), but it is the same paid-breakfast mass invitation.",
  fam=F, reg="sie", refers=["Region Hamburg", "Unternehmer-Frühstück"], tz="Europe/Berlin")

# ---------------------------------------------------------------------------------------------
# BOILERPLATE — one-offs
# ---------------------------------------------------------------------------------------------
B(LI, "Stacey Morgan", "Business Development Executive", "en",
  "Hi Friederike, it was great meeting you at the conference last week! Let's stay in touch and explore how we can collaborate.",
  "Hard case: fake 'we met at the conference' that never names which conference.", tz="Europe/London")
B(LI, "Gregory Stone", "Visionary Leader | Keynote Speaker | Author", "en",
  "Friederike, you are clearly a visionary leader. People like you inspire me every day. Honored to connect!",
  "Flattery without any specifics.", tz="America/New_York")
B(LI, "Tyrone Jackson", "Entrepreneur", "en", "Let's connect!", "Two-word generic note.", tz="America/Chicago")
B(LI, "Linda Harper", "Wellness Entrepreneur | Building a Team", "en",
  "Hi lovely! I'm building a team of ambitious women who want a second income stream from home, no experience needed. Your profile screams leader! Open to hearing more? 💕",
  "MLM recruiting note.", asks=["Open to hearing more?"], tz="America/Chicago")
B(LI, "Ravi Shankar", "Digital Transformation Consultant", "en",
  "Hi {first_name}, I hope this finds you well! I'd love to connect with fellow {industry} professionals. Best, Ravi",
  "Unfilled merge fields ({first_name}, {industry}).", tz="Asia/Kolkata")
B(LI, "Michelle Tan", "Product Marketing", "en",
  "Hi Friederike, I enjoy following thought leaders in product. Would love to follow your content and stay updated on your posts!",
  "Generic wish to follow 'thought leaders'; nothing of hers is named.", action="follow", tz="Asia/Singapore")
B(XI, "Günter Weiß", "Finanzberater", "de",
  "Guten Tag Frau Lang, XING hat mir Ihr Profil als möglichen Kontakt vorgeschlagen. Da dachte ich, warum nicht? Beste Grüße",
  "Connects only because the platform suggested her.", reg="sie", tz="Europe/Berlin")
B(LI, "Alberto Ruiz", "CEO en Innova Digital", "es",
  "¡Hola Friederike! Fue un placer coincidir en el evento del otro día. ¡Seguimos en contacto!",
  "Hard case: claims a shared event but never names it.")
B(LI, "Rocío Campos", "Coach de liderazgo", "es",
  "Friederike, admiro mucho a las mujeres líderes como tú. ¡Sigue inspirando! Encantada de conectar.",
  "Flattery without specifics.")
B(LI, "Bram Visser", "Sales Director Benelux", "nl",
  "Hoi Friederike, leuk je ontmoet te hebben op het congres vorige week! Laten we contact houden. Groet, Bram",
  "Hard case: fake 'nice meeting you at the congress' without naming it.", tz="Europe/Amsterdam")
B(LI, "Sergi Font", "Emprenedor", "ca",
  "Bon dia Friederike! Sempre és bo connectar amb gent del sector. Salutacions!",
  "Generic 'good to connect with people from the sector'.")
B(LI, "Felix Braun", "Sales @ ExpatCare Insurance", "en",
  "Hi Friederike, fellow German expat in Barcelona here 🇩🇪☀️ Always nice to connect with other Germans in the city! By the way, are you happy with your current health insurance? We have a great expat plan.",
  "Hard case: 'fellow German in Barcelona' is scraped from the profile and leads into an insurance pitch.",
  asks=["are you happy with your current health insurance?"])
B(LI, "Sofia Petrova", "Marketing Student", "en",
  "Hi! I'd love to follow your journey and learn from your posts. 🙏",
  "Generic follow wish, nothing specific.", action="follow", tz="Europe/Sofia")
B(XI, "Kai Neumann", "Coach für Führungskräfte", "de",
  "Hey Friederike, wir sind beide in der Gruppe 'Produktmanagement Deutschland' – da können wir uns ja auch gleich vernetzen! Gruß Kai",
  "Hard case: shared XING group of thousands is the only reason.", reg="du",
  refers=["'Produktmanagement Deutschland'"], tz="Europe/Berlin")
B(LI, "Carolina Esteve", "Agente inmobiliaria | Barcelona", "es",
  "Hola Friederike, ¿buscas piso en Barcelona? Tengo pisos exclusivos en Poblenou y Gràcia para profesionales como tú. ¡Escríbeme sin compromiso!",
  "Hard case: real-estate pitch naming her neighbourhoods; could be sent to anyone working in Barcelona tech.",
  refers=["Poblenou y Gràcia"], asks=["¿buscas piso en Barcelona?", "¡Escríbeme sin compromiso!"])

# ---------------------------------------------------------------------------------------------
# PERSONAL
# ---------------------------------------------------------------------------------------------
# former colleagues
P(XI, "Jonas Petersen", "Senior Engineer bei Reisewerk", "de",
  "Rike! Ich hab gerade gesehen, dass du jetzt in Barcelona bist. Wahnsinn, wie lange die Buchungsstrecke-Zeiten bei Reisewerk her sind – ich denke immer noch an unseren Release-Freitag mit dem kaputten Gutscheinfeld 😄 Lass uns in Kontakt bleiben! Jonas",
  "Former colleague from the Reisewerk booking-flow team, recalls a concrete shared release.", reg="du",
  refers=["Buchungsstrecke-Zeiten bei Reisewerk", "Release-Freitag mit dem kaputten Gutscheinfeld"], tz="Europe/Berlin")
P(XI, "Henrik Paulsen", "Head of Product | Mobility Start-up Hamburg", "de",
  "Hallo Rike,\n\nnach unserer gemeinsamen Zeit bei Reisewerk habe ich dich hier endlich wiedergefunden. Ich baue gerade bei einem Hamburger Mobilitäts-Start-up ein Produktteam auf. Hättest du in den nächsten Wochen 30 Minuten, um mir zu erzählen, wie ihr bei Trayecto Discovery organisiert?\n\nGrüße aus Ottensen\nHenrik",
  "Former boss from Reisewerk asking for a concrete exchange about her current work.", reg="du",
  refers=["unserer gemeinsamen Zeit bei Reisewerk", "Trayecto"],
  asks=["Hättest du in den nächsten Wochen 30 Minuten, um mir zu erzählen, wie ihr bei Trayecto Discovery organisiert?"],
  tz="Europe/Berlin")
P(XI, "Sabine Wolters", "Product Lead Payments | Kontora", "de",
  "Hi Rike, das Payments-Squad bei Kontora vermisst dich immer noch – vor allem deine Retro-Kekse. Wir haben letzte Woche endlich das SEPA-Instant-Feature live gebracht, das du damals angestoßen hast! Liebe Grüße, Sabine",
  "Former Kontora teammate with specific shared history.", reg="du",
  refers=["Payments-Squad bei Kontora", "Retro-Kekse", "SEPA-Instant-Feature"], tz="Europe/Berlin")
P(XI, "Dr. Matthias Korn", "Head of Risk, Kontora", "de",
  "Liebe Frau Lang, wir haben bei Kontora 2019 gemeinsam die Kartenfreigabe-Strecke neu gebaut – ich erinnere mich gern an die Abstimmungsrunden mit der Compliance. Ich würde mich freuen, wenn wir wieder in Kontakt wären. Herzliche Grüße, Matthias Korn",
  "Former Kontora colleague (Sie) naming a concrete joint project.", reg="sie",
  refers=["bei Kontora 2019", "Kartenfreigabe-Strecke", "Abstimmungsrunden mit der Compliance"], tz="Europe/Berlin")
P(XI, "Amelia Hughes", "Senior UX Designer | ex-Reisewerk", "en",
  "Rike! Found you at last. I still use your 'one screen, one decision' rule from our checkout days at Reisewerk in Hamburg. Now in Lisbon doing UX for a hotel group. Would love to stay in touch!",
  "Former Reisewerk colleague quoting a rule of hers from their shared team.",
  refers=["'one screen, one decision' rule", "our checkout days at Reisewerk in Hamburg"], tz="Europe/Lisbon")
P(LI, "Tomás Herrera", "Staff Engineer | ex-Trayecto", "en",
  "Hi Rike, now that I've left Trayecto I realised we were never connected here 😅 Thanks for three great years in the Itineraries squad — and for defending the offline mode when nobody else did. Hope our paths cross at Product Tapas!",
  "Former Trayecto colleague from a named squad with a concrete memory.",
  refers=["Trayecto", "the Itineraries squad", "defending the offline mode", "Product Tapas"])
P(LI, "Lorena Vidal", "Product Designer", "es",
  "¡Hola Rike! Ahora que ya no estoy en Trayecto quería conectar por aquí. Echo de menos las dailies del squad de Pagos y tus post-its de colores. ¡Un abrazo fuerte!",
  "Former Trayecto colleague from the payments squad.",
  refers=["Trayecto", "las dailies del squad de Pagos", "tus post-its de colores"])
P(XI, "Malte Jessen", "Teamlead QA, Reisewerk", "de",
  "Moin Rike, Malte hier aus dem alten Buchungsstrecke-Team. Wir haben gestern beim Aufräumen das Whiteboard-Foto vom Checkout-Redesign 2016 gefunden – musste sofort an dich denken. Magst du es haben? Schöne Grüße nach Barcelona!",
  "Former teammate from the Reisewerk booking-flow team, concrete memento.", reg="du",
  refers=["dem alten Buchungsstrecke-Team", "das Whiteboard-Foto vom Checkout-Redesign 2016"],
  asks=["Magst du es haben?"], tz="Europe/Berlin")
P(XI, "Priyanka Shah", "Data Scientist | ex-Kontora", "en",
  "Hi Rike, Priyanka from the fraud-scoring project at Kontora here! I'm moving to Barcelona in September and you're the only person I know there. Could I buy you a coffee and pick your brain about neighbourhoods? 🙂",
  "Former Kontora colleague with a concrete personal reason.",
  refers=["the fraud-scoring project at Kontora"],
  asks=["Could I buy you a coffee and pick your brain about neighbourhoods?"], pin=("2024-06-01", "2024-08-15"),
  tz="Europe/Berlin")
P(XI, "Ursula Brandt", "Teamassistenz Produkt, Reisewerk GmbH", "de",
  "Liebe Frau Lang, ich habe Ihre Abschiedskarte von 2018 noch am Schreibtisch hängen. Schön zu sehen, dass es Ihnen in Barcelona gut geht! Herzliche Grüße aus der Hamburger Speicherstadt, Ursula Brandt",
  "Hard case: former team assistant; the only anchor is the farewell card, no project or title named.", reg="sie",
  refers=["Ihre Abschiedskarte von 2018"], tz="Europe/Berlin")
P(XI, "Anke Jürgens", "Produktmanagerin | Reisewerk", "de",
  "Hallo Rike, ich übernehme ab Juli deine alte Rolle im Buchungsstrecke-Team (na ja, die Nach-Nach-Nachfolge). Henrik meinte, du hättest damals ein Dokument zu den Zahlungsarten-Experimenten geschrieben. Hast du das zufällig noch?",
  "Successor in her old Reisewerk team, named mutual contact and concrete document request.", reg="du",
  refers=["deine alte Rolle im Buchungsstrecke-Team", "Henrik", "Dokument zu den Zahlungsarten-Experimenten"],
  asks=["Hast du das zufällig noch?"], pin=("2024-05-01", "2024-06-20"), tz="Europe/Berlin")
P(XI, "Chris Hartmann", "Product Manager | Munich", "en",
  "Hey Rike – Chris from the Kontora card team! Saw your newsletter, love it. Is the Munich-Barcelona Secret Santa still a thing? 😄",
  "Former Kontora colleague with an in-joke only she would know.",
  refers=["the Kontora card team", "the Munich-Barcelona Secret Santa"],
  asks=["Is the Munich-Barcelona Secret Santa still a thing?"], pin=("2024-11-25", "2024-12-15"), tz="Europe/Berlin")
P(XI, "Michał Kamiński", "Backend Developer | ex-Kontora", "pl",
  "Cześć Rike! Michał z zespołu płatności w Kontorze, pamiętasz moje pierogi na świątecznej imprezie w Monachium? 😄 Teraz pracuję w Barcelonie – może kawa w przyszłym tygodniu?",
  "Former Kontora payments colleague with a shared party memory.",
  refers=["zespołu płatności w Kontorze", "pierogi na świątecznej imprezie w Monachium"],
  asks=["może kawa w przyszłym tygodniu?"])
P(LI, "Thiago Almeida", "Engenheiro de Software | ex-Trayecto", "pt",
  "Oi Rike! Saí da Trayecto mês passado e voltei pro Brasil, mas não queria perder o contato. Obrigado pelos dois anos no squad de Itinerários e por aquele churrasco de despedida em Poblenou! Abraço",
  "Former Trayecto colleague naming their squad and farewell barbecue.",
  refers=["Trayecto", "squad de Itinerários", "churrasco de despedida em Poblenou"], tz="America/Sao_Paulo")
P(LI, "Elena Prieto", "Junior Product Manager", "es",
  "¡Hola Friederike! Soy Elena, la becaria de research de Trayecto en 2022. Hoy he empezado como PM junior en otra empresa y quería darte las gracias por enseñarme a hacer entrevistas. ¡Un abrazo!",
  "Former intern at Trayecto thanking her for something concrete.",
  refers=["la becaria de research de Trayecto en 2022", "enseñarme a hacer entrevistas"])
P(LI, "Lisa Chang", "Product Manager at Trayecto", "en",
  "Hi Friederike! I'm the new PM on the Expenses team starting next week – Carlos suggested connecting before my first 1:1 with you. See you Monday!",
  "New report joining her team; names the team and a mutual colleague.",
  refers=["the Expenses team", "Carlos", "my first 1:1 with you"])
P(LI, "Ravi Menon", "Engineering Manager, Platform", "en",
  "Hi Friederike, I'm joining Trayecto's platform team on Monday – Carlos Medina said you're the person to ask about how product and platform work together. Looking forward to meeting you in Poblenou!",
  "New colleague, named mutual contact (the CTO).",
  refers=["Trayecto's platform team", "Carlos Medina", "Poblenou"], tz="Europe/London")
P(LI, "David Rubio", "Desarrollador | Trayecto", "es",
  "Hola Friederike, soy David del equipo de Itinerarios, me incorporé en octubre. Me dijeron que organizas Product Tapas: ¿puedo ayudar con la logística del próximo?",
  "New colleague offering help with her meetup.",
  refers=["equipo de Itinerarios", "Product Tapas"], asks=["¿puedo ayudar con la logística del próximo?"],
  pin=("2024-10-15", "2024-12-31"))
# named mutual contact
P(LI, "Lucas Meyer", "Co-founder at Rutafy", "en",
  "Hi Friederike, Marta Ferrer from Faro suggested I reach out: we're a travel startup in the new batch and she said you know B2B travel checkout better than anyone. Would you have 20 minutes for a call about our payments flow?",
  "Introduced by a named mutual contact at her accelerator, concrete reason for a call.",
  refers=["Marta Ferrer from Faro"], asks=["Would you have 20 minutes for a call about our payments flow?"],
  pin=("2024-09-16", "2024-11-30"), tz="Europe/Berlin")
P(LI, "Ainhoa Etxeberria", "Organizadora de Product Bilbao", "es",
  "Hola Friederike, Jordi Puig me ha pasado tu contacto: estamos montando un meetup de producto en Bilbao inspirado en Product Tapas y me encantaría saber cómo buscáis sponsors. ¿Te puedo escribir un par de preguntas?",
  "Named mutual contact (her co-organiser) and a concrete question about her meetup.",
  refers=["Jordi Puig", "Product Tapas"], asks=["¿Te puedo escribir un par de preguntas?"])
P(LI, "Oskar Lindqvist", "Product Director at Nordhavn Travel", "en",
  "Hi Friederike, Henrik Paulsen told me you rebuilt the corporate booking checkout at Trayecto and that I should ask you, not Google. We're about to do the same in Copenhagen. Could I ask you three questions by email?",
  "Named mutual contact and a concrete question about her work.",
  refers=["Henrik Paulsen", "the corporate booking checkout at Trayecto"],
  asks=["Could I ask you three questions by email?"], tz="Europe/Copenhagen")
P(LI, "Arnau Pujol", "Fundador de Cuinatec", "ca",
  "Hola Friederike, la Núria Casals em va dir que et preguntés a tu: busquem un espai per a una trobada de producte a Gràcia i ella diu que vau fer servir una sala a Poblenou per a Product Tapas. Em podries passar el contacte?",
  "Named mutual contact (co-organiser) and a concrete request about her meetup.",
  refers=["Núria Casals", "Product Tapas"], asks=["Em podries passar el contacte?"])
P(LI, "Camille Roux", "Head of Product, Voyagea (Paris)", "fr",
  "Bonjour Friederike, Ana Lobo (Producto Sur) m'a conseillé de vous contacter : je prépare une intervention sur les roadmaps et votre talk de Berlin revient sans cesse. Auriez-vous 15 minutes pour en parler ?",
  "Named mutual contact plus a reference to her Berlin talk.",
  refers=["Ana Lobo (Producto Sur)", "votre talk de Berlin"], asks=["Auriez-vous 15 minutes pour en parler ?"],
  pin=("2024-10-20", "2024-12-20"), tz="Europe/Paris")
P(LI, "Chiara Lombardi", "Product Manager @ Viaggiami", "it",
  "Ciao Friederike, Jordi Puig mi ha detto che sei la persona giusta per parlare di checkout B2B nel travel. Sto preparando il lancio in Spagna: potresti dedicarmi 20 minuti per un confronto?",
  "Named mutual contact and a concrete topic that fits her.",
  refers=["Jordi Puig"], asks=["potresti dedicarmi 20 minuti per un confronto?"], tz="Europe/Rome")
P(LI, "Femke Bakker", "Product Lead @ Fietsreis", "nl",
  "Hoi Friederike, Sabine Wolters (oud-collega van je bij Kontora) gaf me je naam. Ik begin een product-nieuwsbrief en zij zei dat Off the Roadmap het voorbeeld is. Mag ik je een paar vragen mailen over hoe je het volhoudt?",
  "Named mutual contact and her newsletter by name, concrete ask.",
  refers=["Sabine Wolters (oud-collega van je bij Kontora)", "Off the Roadmap"],
  asks=["Mag ik je een paar vragen mailen over hoe je het volhoudt?"], tz="Europe/Amsterdam")
P(LI, "Beatriz Soto", "Periodista en revista de tecnología", "es",
  "Hola Friederike, estoy escribiendo un reportaje sobre mujeres en producto en Barcelona y Núria Casals me habló de ti y de Product Tapas. ¿Te podría hacer una entrevista breve por teléfono la semana que viene?",
  "Journalist introduced by a named mutual contact, concrete interview request.",
  refers=["Núria Casals", "Product Tapas"],
  asks=["¿Te podría hacer una entrevista breve por teléfono la semana que viene?"])
P(LI, "Carlos Ibáñez", "CTO en Kampa", "es",
  "Hola Friederike, Jordi Puig nos presentó en el Product Tapas de septiembre, yo era el del proyecto de campings. ¿Seguiría en pie lo de presentarme a tu equipo de pagos? Sin prisa.",
  "Named mutual contact and named meetup edition, follows up on a concrete promise.",
  refers=["Jordi Puig", "el Product Tapas de septiembre", "el proyecto de campings"],
  asks=["¿Seguiría en pie lo de presentarme a tu equipo de pagos?"], pin=("2024-09-20", "2024-11-15"))
# talks / newsletter / podcast
P(LI, "Daniel Okafor", "Group PM at Waypoint", "en",
  "Hi Friederike, I watched your Pivot Conf talk 'Roadmaps Are Promises You Can't Keep'. The bit about replacing dates with confidence levels – did your sales team actually accept that? We're trying it next quarter.",
  "Names her talk by title and asks a specific question about its content.",
  refers=["Pivot Conf", "'Roadmaps Are Promises You Can't Keep'", "replacing dates with confidence levels"],
  asks=["did your sales team actually accept that?"], pin=("2024-05-17", "2024-06-30"), tz="Europe/London")
P(LI, "Sarah Lindgren", "Product Manager", "en",
  "Hello Friederike – I was in the second row at Pivot Conf Berlin when your clicker died and you did the whole roadmap talk from memory. Impressive! May I use your 'now / next / maybe never' slide in an internal training (with credit)?",
  "Attended her talk, recalls a real moment, asks permission for a named slide.",
  refers=["Pivot Conf Berlin", "your clicker died", "your 'now / next / maybe never' slide"],
  asks=["May I use your 'now / next / maybe never' slide in an internal training (with credit)?"],
  pin=("2024-05-17", "2024-05-24"), tz="Europe/Stockholm")
P(LI, "Pilar Sanz", "Product Owner en Bancaria Digital", "es",
  "Hola Friederike, estuve en tu charla «Decir que no sin perder al equipo» en Producto Sur. ¿Podrías compartir las diapositivas? Quiero enseñarle a mi equipo la matriz de los tres noes.",
  "Names her talk by title in quotes and asks for the slides.",
  refers=["«Decir que no sin perder al equipo»", "Producto Sur", "la matriz de los tres noes"],
  asks=["¿Podrías compartir las diapositivas?"], pin=("2024-10-18", "2024-10-23"))
P(LI, "Guillermo Ortiz", "CPO en Alquilo", "es",
  "Friederike, tu charla de Valencia sobre decir que no me ha cambiado las reuniones con dirección. Una duda: ¿cómo lo haces cuando el 'sí' viene del CEO? Gracias por compartir tanto.",
  "Clear paraphrase of her Producto Sur talk plus a specific question.",
  refers=["tu charla de Valencia sobre decir que no"], asks=["¿cómo lo haces cuando el 'sí' viene del CEO?"],
  pin=("2024-10-19", "2024-11-05"))
P(LI, "Inês Carvalho", "Senior PM, Payments | Lisbon", "en",
  "Hi Friederike, great talk at Travel Tech Forum Lisbon! 'The Checkout Is the Product' hit home – we also have 11 steps. Would you share the slide with the drop-off funnel? I'd like to show it to our CFO.",
  "Hard case: opens with the stock 'great talk', but names the talk title and a concrete slide.",
  refers=["Travel Tech Forum Lisbon", "'The Checkout Is the Product'"],
  asks=["Would you share the slide with the drop-off funnel?"], pin=("2024-11-22", "2024-11-28"), tz="Europe/Lisbon")
P(LI, "João Ferreira", "Gestor de Produto | Lisboa", "pt",
  "Olá Friederike, assisti à sua palestra no Travel Tech Forum em Lisboa sobre o checkout. Aquela história do campo de NIF que custava 4% de conversão foi ótima. Podemos falar 15 minutos? Estamos com o mesmo problema.",
  "Names her Lisbon talk and a specific anecdote from it; concrete reason for a short call.",
  refers=["sua palestra no Travel Tech Forum em Lisboa", "campo de NIF que custava 4% de conversão"],
  asks=["Podemos falar 15 minutos?"], pin=("2024-11-22", "2024-12-05"), tz="Europe/Lisbon")
P(LI, "Ben Adler", "Head of Product at Kitecard", "en",
  "Hi Friederike, 'The discovery tax' is the issue I forward most. Quick question: do you count the five weekly interviews per PM or per team? We argued about it for an hour.",
  "Names a newsletter issue by title and asks a detail question about it.",
  refers=["'The discovery tax'", "the five weekly interviews"],
  asks=["do you count the five weekly interviews per PM or per team?"], pin=("2024-05-04", "2024-08-31"),
  tz="Europe/Berlin")
P(LI, "Claire Whitfield", "Product Ops Lead", "en",
  "Hi Friederike, I killed our feature request form after reading your newsletter issue about it. Three months in: fewer requests, better ones. Just wanted to say thanks — and I'd love to follow along here.",
  "Hard case: paraphrases a specific newsletter issue; the only wish is to follow her content.",
  refers=["our feature request form", "your newsletter issue about it"], action="follow",
  pin=("2024-10-12", "2024-12-31"), tz="Europe/London")
P(LI, "Anjali Desai", "PM @ Fleetly", "en",
  "Friederike, your 'Pricing pages are product too' issue started a real fight (the good kind) between our marketing and product teams. Do you have the pricing page checklist you mentioned as a PDF?",
  "Names a newsletter issue and asks for a specific item mentioned in it.",
  refers=["'Pricing pages are product too'", "the pricing page checklist you mentioned"],
  asks=["Do you have the pricing page checklist you mentioned as a PDF?"], pin=("2024-09-07", "2024-10-31"),
  tz="Asia/Kolkata")
P(LI, "Irene Galán", "Product Manager | Movilidad", "es",
  "Hola Friederike, leí tu newsletter sobre el tren retrasado y las páginas de estado. Trabajo en una operadora ferroviaria y lo hemos impreso 😅 ¿Te importa si la cito en una charla interna?",
  "Clear paraphrase of a newsletter issue; asks permission to quote it.",
  refers=["tu newsletter sobre el tren retrasado y las páginas de estado"],
  asks=["¿Te importa si la cito en una charla interna?"], pin=("2024-11-09", "2024-12-31"))
P(LI, "Katharina Roth", "Produktmanagerin bei einem Verkehrsverbund", "de",
  "Hallo Frau Lang, Ihr Newsletter-Beitrag „What a delayed train taught me about status pages“ hängt bei uns jetzt an der Kaffeeküche. Dürfte ich ihn übersetzt in unserem Intranet verlinken?",
  "Names a newsletter issue by title; asks permission.", reg="sie",
  refers=["„What a delayed train taught me about status pages“"],
  asks=["Dürfte ich ihn übersetzt in unserem Intranet verlinken?"], pin=("2024-11-10", "2024-12-31"),
  tz="Europe/Berlin")
P(LI, "Yusuf Demir", "Product Manager | Berlin", "en",
  "Hi Friederike, 'Saying no in three languages' made me laugh – the German 'Nein' section is my entire work life. Are you planning a follow-up on saying yes?",
  "Names a newsletter issue and a section of it.",
  refers=["'Saying no in three languages'", "the German 'Nein' section"],
  asks=["Are you planning a follow-up on saying yes?"], pin=("2025-01-18", "2025-02-28"), tz="Europe/Berlin")
P(LI, "Grace O'Connell", "Associate Product Manager", "en",
  "Hi Friederike, I've read Off the Roadmap since the 'Your roadmap is a wish list' issue. No ask – I'd just like to follow your posts here too.",
  "Hard case: names her newsletter and an issue, but only wants to follow her content.",
  refers=["Off the Roadmap", "'Your roadmap is a wish list'"], action="follow", tz="Europe/Dublin")
P(LI, "Santiago Ruiz", "Product Owner", "es",
  "Hola Friederike, me suscribí a Off the Roadmap después de Producto Sur. Solo quería seguir tus publicaciones por aquí también, ¡gracias por compartir!",
  "Names her newsletter and the event; the only wish is to follow.",
  refers=["Off the Roadmap", "Producto Sur"], action="follow", pin=("2024-10-25", "2024-12-31"))
P(LI, "Lea Hoffmann", "Product Designer", "de",
  "Hi Friederike, ich lese deinen Newsletter seit „The discovery tax“ jede Woche. Ich möchte dir hier einfach folgen, keine Anfrage sonst 🙂",
  "Names a newsletter issue; only wants to follow.", reg="du",
  refers=["„The discovery tax“"], action="follow", pin=("2024-05-10", "2024-12-31"), tz="Europe/Berlin")
P(LI, "Héctor Gil", "Product Owner en seguros", "es",
  "Hola Friederike, tu número sobre páginas de precios me ayudó a convencer a mi jefe. No quiero robarte tiempo: solo seguirte por aquí para no perderme el siguiente.",
  "Paraphrases the pricing-page issue; only wants to follow.",
  refers=["tu número sobre páginas de precios"], action="follow", pin=("2024-09-10", "2024-12-31"))
P(LI, "Kenji Watanabe", "Product Manager, Tokyo → Barcelona", "en",
  "Hi Friederike, I heard you on Build Mode (the episode on building product in two countries) during my move to Barcelona. The part about German directness in Spanish standups was too real. Any tips for a newcomer meetup?",
  "Names her podcast appearance and a specific part of it.",
  refers=["Build Mode", "the episode on building product in two countries", "German directness in Spanish standups"],
  asks=["Any tips for a newcomer meetup?"], pin=("2024-06-21", "2024-09-30"))
P(LI, "Aoife Byrne", "Producer, Build Mode podcast", "en",
  "Hi Friederike, it's Aoife, I produced your Build Mode episode. Listeners keep asking about the 'two-country team' bit — would you be up for a short follow-up episode in spring? No fees, just a chat.",
  "Hard case: a podcast invitation, but from the producer of her actual episode, referring to its content.",
  refers=["your Build Mode episode", "the 'two-country team' bit"],
  asks=["would you be up for a short follow-up episode in spring?"], pin=("2025-01-10", "2025-02-20"),
  tz="Europe/Dublin")
P(LI, "Meera Iyer", "Founder @ Tastely", "en",
  "Hi Friederike, I attended your 'Discovery on a Budget' workshop at Barcelona Product Week. We did five interviews last week for the first time! Could I send you our interview script for a quick sanity check?",
  "Names her workshop and event; concrete follow-up request.",
  refers=["your 'Discovery on a Budget' workshop", "Barcelona Product Week"],
  asks=["Could I send you our interview script for a quick sanity check?"], pin=("2024-09-30", "2024-10-20"))
P(LI, "Hannah Mills", "Head of Community, Barcelona Product Week", "en",
  "Hi Friederike, thanks again for running the discovery workshop at Barcelona Product Week! Could you send me the final slide deck so we can add it to the attendee portal? And a short bio for the recap post.",
  "Organiser of the event where she spoke, concrete follow-up requests.",
  refers=["the discovery workshop at Barcelona Product Week"],
  asks=["Could you send me the final slide deck so we can add it to the attendee portal?", "And a short bio for the recap post."],
  pin=("2024-09-27", "2024-10-02"))
P(LI, "Eva Mulder", "Senior PM | Amsterdam", "nl",
  "Hoi Friederike, ik zat bij je workshop 'Discovery on a Budget' in Barcelona en we doen nu elke week vijf interviews. Mag ik je interviewtemplate delen met ons team in Amsterdam?",
  "Names her workshop; asks permission to share her template.",
  refers=["je workshop 'Discovery on a Budget' in Barcelona"],
  asks=["Mag ik je interviewtemplate delen met ons team in Amsterdam?"], pin=("2024-10-01", "2024-11-30"),
  tz="Europe/Amsterdam")
P(LI, "Clara Font", "Product Manager | Energía", "es",
  "Hola Friederike, ¡gracias por el Product Tapas de junio sobre pricing! Fui la que preguntó por los planes anuales. Si algún día necesitáis ponente, me ofrezco para hablar de nuestro experimento de precios.",
  "Attendee of a named meetup edition, identifies herself by her question.",
  refers=["el Product Tapas de junio sobre pricing", "la que preguntó por los planes anuales"],
  pin=("2024-06-14", "2024-06-19"))
P(LI, "Mateo Rossi", "Senior PM | Marketplace", "en",
  "Hi Friederike, I'm the guy who spilled vermouth on the projector cable at Product Tapas in April 🙈 Sorry again! Loved the discovery talk. Would you be open to me giving a lightning talk at a future edition?",
  "Real shared moment at her meetup; concrete request.",
  refers=["spilled vermouth on the projector cable", "Product Tapas in April", "the discovery talk"],
  asks=["Would you be open to me giving a lightning talk at a future edition?"], pin=("2024-04-12", "2024-04-17"))
P(LI, "Pedro Almagro", "Fotógrafo", "es",
  "Hola Friederike, soy Pedro, el fotógrafo del Product Tapas de octubre. Tengo tus fotos de la charla en alta resolución. ¿Te las mando por correo o por WeTransfer?",
  "Photographer from a named meetup edition with a concrete question.",
  refers=["el Product Tapas de octubre", "tus fotos de la charla"],
  asks=["¿Te las mando por correo o por WeTransfer?"], pin=("2024-10-11", "2024-10-15"))
P(LI, "Dr. Helen Park", "Lecturer in Digital Product Management", "en",
  "Dear Friederike, I teach a master's module on roadmapping and would like to assign your Pivot Conf talk as a case for my students. May I use two of your slides in my lecture, with attribution?",
  "Asks permission to use slides from her named talk.",
  refers=["your Pivot Conf talk"], asks=["May I use two of your slides in my lecture, with attribution?"],
  pin=("2024-06-01", "2024-09-30"), tz="Europe/London")
P(LI, "Rohan Mehta", "PhD candidate, Universitat Pompeu Fabra", "en",
  "Hi Friederike, I'm researching how travel platforms design cancellation flows. Your 'Checkout Is the Product' talk mentions Trayecto's refund screen. Could I ask you 3 questions by email for my thesis? It'd be anonymised.",
  "Hard case: thesis request like the survey template, but tied to a specific part of her talk.",
  refers=["Your 'Checkout Is the Product' talk", "Trayecto's refund screen"],
  asks=["Could I ask you 3 questions by email for my thesis?"], pin=("2024-11-25", "2025-02-28"))
P(XI, "Prof. Dr. Annette Vogel", "Hochschule, Studiengang Digital Business", "de",
  "Sehr geehrte Frau Lang,\n\nSie haben 2017 bei uns einen Gastvortrag über die Reisewerk-Buchungsstrecke gehalten, an den sich Studierende noch erinnern. Hätten Sie Lust, im Wintersemester per Video eine Gastsession zu geben? Honorar ist vorhanden.\n\nMit freundlichen Grüßen\nAnnette Vogel",
  "Refers to a concrete guest lecture she gave; concrete invitation.", reg="sie",
  refers=["2017 bei uns einen Gastvortrag über die Reisewerk-Buchungsstrecke"],
  asks=["Hätten Sie Lust, im Wintersemester per Video eine Gastsession zu geben?"], pin=("2024-05-01", "2024-07-31"),
  tz="Europe/Berlin")
P(LI, "Jan-Hendrik Bauer", "Organisator Produkttag Hamburg", "de",
  "Hallo Frau Lang, ich organisiere den Produkttag Hamburg und habe Ihren Berliner Roadmap-Vortrag gesehen. Hätten Sie Interesse, im März als Keynote zu sprechen? Reise und Hotel übernehmen wir, es gibt kein Teilnahmepaket o. ä.",
  "Hard case: speaker invitation like the paid-slot family, but refers to her Berlin talk and is explicitly free.",
  reg="sie", refers=["Produkttag Hamburg", "Ihren Berliner Roadmap-Vortrag"],
  asks=["Hätten Sie Interesse, im März als Keynote zu sprechen?"], pin=("2024-06-01", "2024-11-30"),
  tz="Europe/Berlin")
P(LI, "Tom Fielding", "Product Director | Berlin", "en",
  "Friederike – we were on the same panel at Pivot Conf and I keep thinking about your point that most roadmap dates are sales artefacts. Would you co-write a short piece with me on it? No agenda, no fee.",
  "Hard case: co-writing request like the paid-chapter family, but from a fellow panellist about her specific argument.",
  refers=["the same panel at Pivot Conf", "most roadmap dates are sales artefacts"],
  asks=["Would you co-write a short piece with me on it?"], pin=("2024-05-21", "2024-06-15"), tz="Europe/Berlin")
P(LI, "Ngozi Eze", "Senior PM, Payments", "en",
  "Hi Friederike – short and specific: in 'The Checkout Is the Product' you said you removed the address field for corporate bookers. How did finance react to missing invoice data? Happy to ask by email instead.",
  "Specific question about a detail of her Lisbon talk.",
  refers=["'The Checkout Is the Product'", "you removed the address field for corporate bookers"],
  asks=["How did finance react to missing invoice data?"], pin=("2024-11-25", "2025-01-31"), tz="Europe/London")
P(LI, "Ali Rezaei", "Student, Faro evening programme", "en",
  "Hi Friederike, I'm in Marta Ferrer's product class at the accelerator evening programme and we discussed your 'wish list' newsletter issue. May I quote it in my term paper?",
  "Named mutual contact and a paraphrased newsletter title; asks permission to quote.",
  refers=["Marta Ferrer's product class", "your 'wish list' newsletter issue"],
  asks=["May I quote it in my term paper?"])
P(LI, "Marcus Lindholm", "VP Product, Skybridge Airlines", "en",
  "Hi Friederike, we spoke briefly after your Lisbon talk about airline NDC content in corporate booking. As promised, here's my contact – I'd like to introduce you to our distribution lead. OK if I send an email intro?",
  "Follow-up on a real conversation after her talk; concrete intro offer.",
  refers=["your Lisbon talk", "airline NDC content in corporate booking"], asks=["OK if I send an email intro?"],
  pin=("2024-11-22", "2024-11-29"), tz="Europe/Stockholm")
P(LI, "Hugo Bernard", "PM Mobilité | Lyon", "fr",
  "Bonjour Friederike, j'ai lu « Saying no in three languages » et je me demandais : pourquoi pas le français ? 😄 Sérieusement, puis-je traduire l'article pour notre blog interne, avec lien vers l'original ?",
  "Names her newsletter issue; asks permission to translate it.",
  refers=["« Saying no in three languages »"],
  asks=["pourquoi pas le français ?", "puis-je traduire l'article pour notre blog interne, avec lien vers l'original ?"],
  pin=("2025-01-20", "2025-03-05"), tz="Europe/Paris")
P(LI, "Federica Conti", "Head of Product @ Treno+", "it",
  "Ciao Friederike, ci siamo conosciute a Pivot Conf Berlin, in fila per il guardaroba sotto la pioggia. Mi avevi parlato del tuo modello di roadmap a fiducia: potresti mandarmi il link al talk registrato?",
  "Met her at a named conference in a concrete moment; asks for the recording.",
  refers=["Pivot Conf Berlin", "in fila per il guardaroba sotto la pioggia", "modello di roadmap a fiducia"],
  asks=["potresti mandarmi il link al talk registrato?"], pin=("2024-05-17", "2024-05-28"), tz="Europe/Rome")
P(LI, "Agnieszka Wiśniewska", "Product Manager | Kraków", "pl",
  "Dzień dobry, byłam na Pani wystąpieniu na Pivot Conf w Berlinie o roadmapach. Czy mogłaby Pani udostępnić slajdy? Chcę pokazać zespołowi przykład z poziomami pewności.",
  "Attended her Berlin talk, names a detail and asks for the slides.",
  refers=["Pani wystąpieniu na Pivot Conf w Berlinie o roadmapach", "przykład z poziomami pewności"],
  asks=["Czy mogłaby Pani udostępnić slajdy?"], pin=("2024-05-20", "2024-07-15"), tz="Europe/Warsaw")
P(XI, "Tim Brockmann", "Product Owner, Reisewerk", "de",
  "Hey Rike, ich hab deinen Vortrag auf der Pivot Conf gesehen und gemerkt, dass wir die Confidence-Level-Idee bei Reisewerk nie ausprobiert haben. Hast du Lust, sie Ende Juni in unserem PO-Jour-fixe kurz per Video vorzustellen?",
  "Names her talk and her former company; concrete invitation.", reg="du",
  refers=["deinen Vortrag auf der Pivot Conf", "die Confidence-Level-Idee", "Reisewerk"],
  asks=["Hast du Lust, sie Ende Juni in unserem PO-Jour-fixe kurz per Video vorzustellen?"],
  pin=("2024-05-20", "2024-06-10"), tz="Europe/Berlin")
P(XI, "Birgit Hansen", "Leiterin Kundenservice, Kontora", "de",
  "Liebe Frau Lang, ich lese seit Monaten Ihren Newsletter Off the Roadmap – die Ausgabe über Statusseiten haben wir im Kundenservice rumgeschickt. Ich würde mich freuen, wieder mit Ihnen vernetzt zu sein, wie damals bei Kontora.",
  "Former Kontora colleague naming her newsletter and a specific issue.", reg="sie",
  refers=["Ihren Newsletter Off the Roadmap", "die Ausgabe über Statusseiten", "wie damals bei Kontora"],
  pin=("2024-11-15", "2025-02-28"), tz="Europe/Berlin")
# accelerator
P(LI, "Álex Moreno", "Co-founder @ Pistacho (Faro Batch 7)", "es",
  "Hola Friederike, soy Álex de Pistacho, del batch 7 de Faro. Gracias por la sesión de office hours del martes: cambiamos el onboarding como sugeriste y ya vemos un 30 % más de activación. ¿Podemos repetir en un mes?",
  "Hard case: contains a growth number like the AI pitches, but it is a Faro founder reporting on her own advice.",
  refers=["Pistacho", "batch 7 de Faro", "la sesión de office hours del martes", "cambiamos el onboarding como sugeriste"],
  asks=["¿Podemos repetir en un mes?"], pin=("2024-10-01", "2024-11-30"))
P(LI, "Sofia Andersson", "CEO @ Mapplo | Faro Accelerator", "en",
  "Hi Friederike! Sofia from Mapplo – you mentored us before Demo Day and told us to cut two of our three pricing tiers. We did, and we closed our pre-seed last week 🎉 Thank you!",
  "Accelerator founder she mentored, names concrete advice.",
  refers=["Mapplo", "you mentored us before Demo Day", "cut two of our three pricing tiers"],
  pin=("2024-07-20", "2024-08-31"), tz="Europe/Stockholm")
P(LI, "Laia Serra", "Cofundadora de Tramunt (Faro)", "ca",
  "Hola Friederike! Sóc la Laia de Tramunt, de la cohort de Faro. Ens vas dir que parléssim amb deu clients abans de tocar el roadmap: ja en portem set. Et puc enviar les notes abans de la propera mentoria?",
  "Accelerator mentee referring to her concrete advice.",
  refers=["Tramunt", "la cohort de Faro", "parléssim amb deu clients"],
  asks=["Et puc enviar les notes abans de la propera mentoria?"], pin=("2024-10-15", "2024-12-15"))
P(LI, "Omar Haddad", "Founder @ Verdeo (Faro Batch 7)", "en",
  "Hi Friederike, thanks for the brutal-but-kind feedback on our deck at Faro on Tuesday. Slide 4 is gone. Could you look at the new version before Demo Day? Totally fine if not!",
  "Accelerator mentee, concrete session and request.",
  refers=["our deck at Faro on Tuesday", "Slide 4", "Demo Day"],
  asks=["Could you look at the new version before Demo Day?"], pin=("2025-01-08", "2025-01-24"))
P(LI, "Piotr Zieliński", "Co-founder @ Kolejka (Faro Batch 7)", "pl",
  "Cześć Friederike, tu Piotr z Kolejki (Faro, batch 7). Dzięki za wtorkową sesję – Twoja rada, żeby zacząć od jednego miasta, była trafiona. Czy mogę wysłać Ci nasz plan na styczeń?",
  "Accelerator mentee naming her advice.",
  refers=["Kolejki (Faro, batch 7)", "wtorkową sesję", "zacząć od jednego miasta"],
  asks=["Czy mogę wysłać Ci nasz plan na styczeń?"], pin=("2024-12-01", "2024-12-15"))
P(LI, "Marina Fuentes", "Cofundadora de Llevo (Faro)", "es",
  "Hola Friederike, te escribo de parte de Marta Ferrer: soy de la nueva cohorte de Faro y me han asignado contigo como mentora. ¿Qué día te va mejor para la primera sesión?",
  "Hard case: 'mentora' like the mentor-me template, but she is her assigned Faro mentee via a named contact.",
  refers=["Marta Ferrer", "la nueva cohorte de Faro"], asks=["¿Qué día te va mejor para la primera sesión?"],
  pin=("2024-09-12", "2024-09-20"))
P(LI, "Jake Donnelly", "Founder @ Tripcraft (Faro alumni)", "en",
  "Hi Friederike, Jake from Tripcraft, Faro batch 5. We finally raised our seed – your advice about not building the admin panel first saved us months. Could I buy you lunch in Poblenou as thanks?",
  "Former mentee from her accelerator naming concrete advice.",
  refers=["Tripcraft, Faro batch 5", "not building the admin panel first"],
  asks=["Could I buy you lunch in Poblenou as thanks?"], tz="Europe/Dublin")
P(LI, "Valentina Cruz", "Partner @ Lumen Ventures", "en",
  "Hi Friederike, hope this message finds you well! We met at Faro Demo Day – you were mentoring Mapplo. I'm an investor looking at B2B travel and would love your take on the space over a 20-min call, if you have time.",
  "Hard case: stock opener and a call request, but names the event and the team she mentored.",
  refers=["Faro Demo Day", "you were mentoring Mapplo"],
  asks=["would love your take on the space over a 20-min call, if you have time"], pin=("2024-07-05", "2024-07-20"),
  tz="Europe/London")
P(LI, "Marta Llorens", "Cofundadora de Nómada Pay", "es",
  "Hola Friederike! Fuimos compañeras de mesa en la cena de mentores de Faro y me hablaste de tu abuela que vendía billetes de tren en Lübeck. Me quedé con ganas de seguir la charla. ¿Un café en enero?",
  "Shared dinner at her accelerator with a personal detail.",
  refers=["la cena de mentores de Faro", "tu abuela que vendía billetes de tren en Lübeck"],
  asks=["¿Un café en enero?"], pin=("2024-12-05", "2024-12-20"))
# shared moments without profile keywords
P(LI, "Ruth Abrams", "Sustainability Consultant", "en",
  "Hi Friederike! The woman with the crossword from gate B34 – our 5-hour delay to Hamburg was almost fun thanks to you. I found the book you recommended. Hope your sister's birthday was still lovely!",
  "Hard case: real shared moment (flight delay), no profile keyword at all.",
  refers=["gate B34", "our 5-hour delay to Hamburg", "the book you recommended", "your sister's birthday"],
  tz="Europe/London")
P(LI, "Javier Roca", "Arquitecto", "es",
  "¡Hola Friederike! Soy Javi, el del pádel del jueves en el club de la Vila Olímpica. Te debo la revancha 😂 ¿Repetimos la semana que viene con Laura y Pol?",
  "Hard case: padel partner, no professional reference at all.",
  refers=["el pádel del jueves en el club de la Vila Olímpica", "Laura y Pol"],
  asks=["¿Repetimos la semana que viene con Laura y Pol?"])
P(LI, "Carmen Lozano", "Profesora de secundaria", "es",
  "Hola Friederike, soy Carmen, del intercambio de idiomas de los miércoles en el bar de Gràcia. Ya he aprobado el B1 de alemán, ¡gracias por aguantar mis 'der, die, das'! ¿Seguimos después del verano?",
  "Hard case: language-exchange partner, no profile keyword.",
  refers=["el intercambio de idiomas de los miércoles en el bar de Gràcia", "el B1 de alemán"],
  asks=["¿Seguimos después del verano?"], pin=("2024-06-15", "2024-07-20"))
P(LI, "Pol Martí", "Enginyer de camins", "de",
  "Hola Friederike! Hier ist Pol vom Sprachtandem im Café in Gràcia – ich schreibe extra auf Deutsch, damit du stolz bist 😄 Danke für die Geduld mit meinen Artikeln. Nächsten Mittwoch wieder?",
  "Hard case: tandem partner writing in learner German; shared moment only.", reg="du",
  refers=["Sprachtandem im Café in Gràcia"], asks=["Nächsten Mittwoch wieder?"])
P(LI, "Jack Thornton", "Operations Manager", "en",
  "Hi Friederike, we shared the last taxi from El Prat at 2am when our flight got cancelled. I still owe you €23! Send me your Bizum or IBAN and I'll settle up 🙂",
  "Hard case: asks for payment details (looks phishy) but describes a real shared night; no profile keyword.",
  refers=["the last taxi from El Prat at 2am", "our flight got cancelled", "€23"],
  asks=["Send me your Bizum or IBAN and I'll settle up"], tz="Europe/London")
P(LI, "Gemma Rovira", "Metgessa", "ca",
  "Hola Friederike! Sóc la Gemma, la veïna del tercer amb el gos que et va robar l'entrepà a la platja 🙈 Gràcies per ser tan comprensiva. Quan vulguis, et convido a un cafè!",
  "Hard case: neighbour, purely private shared moment.",
  refers=["la veïna del tercer", "el gos que et va robar l'entrepà a la platja"])
P(LI, "Daniel Weiss", "Architect", "en",
  "Hi Friederike, it was great hiking Montserrat with the Sunday group! You were right about the shoes. I'll send the photos I promised via WhatsApp if you prefer. — Dan",
  "Hard case: hiking-group acquaintance; opens like the fake 'great meeting you', but names the hike.",
  refers=["hiking Montserrat with the Sunday group", "the photos I promised"])
P(LI, "Luca Moretti", "Software Engineer", "it",
  "Ciao Friederike! Sono Luca, quello del corso di catalano al Consorci il lunedì sera. Ho trovato gli appunti che mi avevi prestato, te li riporto giovedì? Grazie ancora!",
  "Hard case: classmate from a Catalan course, no profile keyword.",
  refers=["corso di catalano al Consorci il lunedì sera", "gli appunti che mi avevi prestato"],
  asks=["te li riporto giovedì?"])
P(LI, "Élodie Martin", "Illustratrice", "fr",
  "Coucou Friederike ! C'est Élodie, on a partagé la table au mariage de Julia et Marc à Sitges. Comme promis, je t'envoie le nom du traiteur. Et merci pour la danse ratée 😂",
  "Hard case: wedding table neighbour; private shared moment.",
  refers=["au mariage de Julia et Marc à Sitges", "le nom du traiteur"], tz="Europe/Paris")
P(LI, "Joris van Dijk", "UX Designer", "nl",
  "Hoi Friederike, Joris hier van de padelbaan in Poblenou! Vond het leuk om tegen jullie te spelen. Volgende week zaterdag weer een potje?",
  "Hard case: padel opponent, short, no profile keyword.",
  refers=["de padelbaan in Poblenou"], asks=["Volgende week zaterdag weer een potje?"])
P(XI, "Christoph Mertens", "Lehrer", "de",
  "Hallo Rike, hier ist Christoph, dein Cousin aus Lübeck – Mama meinte, ich soll dich mal auf XING suchen 😄 Kommst du zu Omas 90. im August?",
  "Hard case: family member; nothing professional.", reg="du",
  refers=["dein Cousin aus Lübeck", "Omas 90. im August"], asks=["Kommst du zu Omas 90. im August?"],
  pin=("2024-04-01", "2024-07-15"), tz="Europe/Berlin")
P(LI, "Inês Pereira", "Fisioterapeuta", "pt",
  "Olá Friederike! Sou a Inês, do voo Lisboa–Barcelona que ficou 3 horas na pista. Obrigada pelo carregador! Se vieres a Lisboa outra vez, o café é por minha conta.",
  "Hard case: seat neighbour on a delayed flight; no profile keyword.",
  refers=["do voo Lisboa–Barcelona que ficou 3 horas na pista", "Obrigada pelo carregador"],
  pin=("2024-11-23", "2024-11-30"), tz="Europe/Lisbon")
P(LI, "Isla McKenzie", "Product Designer", "en",
  "Friederike! Padel partner from Saturday here. Same time next week? Bring the lucky racket.",
  "Hard case: very short, no keyword, but a real shared activity.",
  refers=["Padel partner from Saturday", "the lucky racket"], asks=["Same time next week?"])
P(LI, "Ahmed El-Sayed", "iOS Developer", "en",
  "Hi Friederike, it's Ahmed from the Sunday beach clean-up at Bogatell. You left your water bottle with the stickers – I have it. Shall I drop it at the next clean-up?",
  "Hard case: volunteer acquaintance, concrete shared moment.",
  refers=["the Sunday beach clean-up at Bogatell", "your water bottle with the stickers"],
  asks=["Shall I drop it at the next clean-up?"])
P(LI, "Andrea Blanco", "Diseñadora UX", "es",
  "¡Hola Friederike! Soy Andrea, la que se quedó contigo encerrada en el ascensor del coworking de Poblenou 😅 Al final llegué tarde a mi entrevista ¡pero me cogieron! Gracias por las galletas.",
  "Hard case: stuck in a lift together; no professional reference.",
  refers=["encerrada en el ascensor del coworking de Poblenou", "las galletas"])
P(LI, "Yolanda Mir", "Product Manager", "es",
  "Friederike, creo que eras tú la de la cola de la Sagrada Família con la camiseta del St. Pauli: tu móvil se había muerto y te enseñé mi entrada para que pasaras. ¡Espero que llegaras a tiempo al tour!",
  "Hard case: chance encounter with a concrete detail; no profile keyword.",
  refers=["la cola de la Sagrada Família", "la camiseta del St. Pauli", "tu móvil se había muerto"])
# stock phrases, recruiters, sales people who are nonetheless personal
P(LI, "Michael Brennan", "Product Lead at Cartera", "en",
  "Hi Friederike, I came across your profile and was impressed – mostly because you're the speaker Jordi Puig keeps quoting at Product Tapas. I'm moving to Barcelona in May; could I join the next edition?",
  "Hard case: starts with the 'came across your profile and was impressed' stock phrase, then names her co-organiser and meetup.",
  refers=["Jordi Puig", "Product Tapas"], asks=["could I join the next edition?"], pin=("2024-03-15", "2024-04-20"),
  tz="Europe/Dublin")
P(LI, "Lucía Prats", "Head of Product | Ticketing", "es",
  "Hola Friederike, me encontré con tu perfil y me impresionó tu trayectoria… ¡es broma! 😄 Nos conocimos en la cena de ponentes de Producto Sur, la de la paella fría. ¿Te apetece un café en Barcelona?",
  "Hard case: parodies the flattery template word for word, then names a real shared dinner.",
  refers=["la cena de ponentes de Producto Sur", "la paella fría"], asks=["¿Te apetece un café en Barcelona?"],
  pin=("2024-10-20", "2024-11-30"))
P(LI, "Sam Oduya", "Engineering Manager", "en",
  "Hi Friederike, I'd like to add you to my professional network – we sat next to each other at the Barcelona Product Week speaker dinner and talked about Lübeck marzipan for 20 minutes. 😄",
  "Hard case: begins with the LinkedIn default wording but adds a real shared moment.",
  refers=["the Barcelona Product Week speaker dinner", "Lübeck marzipan"], pin=("2024-09-26", "2024-10-06"))
P(XI, "Gerhard Winkler", "Geschäftsführer, Winkler Reisen", "de",
  "Sehr geehrte Frau Lang,\n\nich bin auf Ihr Profil gestoßen und wollte mich vernetzen – Sie haben 2016 bei Reisewerk unsere Firmenkunden-Anbindung betreut, und wir erinnern uns bis heute gern an die schnelle Lösung mit der Sammelrechnung.\n\nBeste Grüße\nGerhard Winkler",
  "Hard case: XING collector opener ('auf Ihr Profil gestoßen'), but a former customer naming a concrete project.",
  reg="sie", refers=["2016 bei Reisewerk", "unsere Firmenkunden-Anbindung", "die schnelle Lösung mit der Sammelrechnung"],
  tz="Europe/Berlin")
P(LI, "Rebecca Stone", "Tech Recruiter | Product Roles, Barcelona", "en",
  "Hi Friederike, recruiter here, fair warning 🙂 No pitch: I was at your Product Tapas talk on discovery in April and now send my candidates your 'five interviews a week' rule. Happy to help if Trayecto is hiring.",
  "Hard case: a recruiter, but the note is about her talk and has no job pitch.",
  refers=["your Product Tapas talk on discovery in April", "your 'five interviews a week' rule", "Trayecto"],
  pin=("2024-04-20", "2024-07-31"))
P(XI, "Nina Schuster", "Recruiterin Tech & Produkt", "de",
  "Hallo Rike,\n\nwir kennen uns vom Hamburger Produktstammtisch (2017, Schanzenviertel, du hattest die Tabelle mit den Gutscheincodes dabei). Ich bin inzwischen Recruiterin – keine Jobangebote, versprochen, aber ich freue mich, wieder in Kontakt zu sein!\n\nNina",
  "Hard case: recruiter, but a real shared past with a concrete detail and no pitch.", reg="du",
  refers=["Hamburger Produktstammtisch", "2017, Schanzenviertel", "die Tabelle mit den Gutscheincodes"],
  tz="Europe/Berlin")
P(LI, "Daniel Crespo", "Headhunter | Executive Search", "es",
  "Hola Friederike, soy headhunter, pero no te escribo por eso: tu charla en Producto Sur me sirvió para preparar a una candidata que ahora es CPO. Solo quería darte las gracias y conectar.",
  "Hard case: headhunter thanking her for a named talk, no pitch.",
  refers=["tu charla en Producto Sur"], pin=("2024-10-25", "2025-01-31"))
P(LI, "Beth Sullivan", "Sales Director @ ExpenseFlow", "en",
  "Hi Friederike, I'm in sales, so I'll be upfront: at the Product Tapas pricing night you told me our demo was 'too long by half'. We fixed it. Would you let me show you the 6-minute version?",
  "Hard case: a sales ask, but it follows up on a real conversation with her at a named meetup.",
  refers=["the Product Tapas pricing night", "'too long by half'"],
  asks=["Would you let me show you the 6-minute version?"], pin=("2024-06-20", "2024-08-31"), tz="Europe/London")
P(LI, "Raúl Iglesias", "Equipo organizador de Producto Sur", "es",
  "Hola Friederike, soy Raúl, del equipo de Producto Sur. Ana Lobo y yo queremos repetir contigo en la edición de 2025. ¿Te va bien una llamada de 15 minutos la semana que viene para hablar de fechas?",
  "Hard case: '15-minute call next week' phrasing of the consultant template, but from the organisers of her conference.",
  refers=["Producto Sur", "Ana Lobo", "la edición de 2025"],
  asks=["¿Te va bien una llamada de 15 minutos la semana que viene para hablar de fechas?"],
  pin=("2025-01-15", "2025-02-28"))
P(LI, "Sofía Navarro", "Estudiante de Ingeniería Informática", "es",
  "Hola Friederike, soy una de las estudiantes que visitaron Trayecto con la universidad en marzo. Nos contaste cómo priorizáis el roadmap con post-its de colores. ¿Podría hacerte dos preguntas para mi TFG por correo?",
  "Hard case: student thesis request like the survey template, but tied to a concrete visit to her company.",
  refers=["visitaron Trayecto con la universidad en marzo", "post-its de colores"],
  asks=["¿Podría hacerte dos preguntas para mi TFG por correo?"], pin=("2024-04-01", "2024-05-31"))
P(LI, "Tomás Vega", "Product Manager | Fintech", "es",
  "Hola Friederike, en tu newsletter «Kill the feature request form» dices que lo sustituisteis por entrevistas quincenales. ¿Quién decide a qué clientes entrevistar? En mi empresa es ventas y es un desastre.",
  "Names a newsletter issue by title and asks a specific question.",
  refers=["«Kill the feature request form»", "entrevistas quincenales"],
  asks=["¿Quién decide a qué clientes entrevistar?"], pin=("2024-07-15", "2024-10-31"))
P(LI, "Ignacio Ferrer", "Product Lead en Viajes Sol", "es",
  "Hola Friederike, en Producto Sur comentaste que Trayecto dejó de pedir el DNI en la primera pantalla. Nosotros lo vamos a probar en enero. ¿Puedo escribirte si nos atascamos con legal?",
  "Refers to a specific point from her Producto Sur talk.",
  refers=["en Producto Sur comentaste", "Trayecto dejó de pedir el DNI en la primera pantalla"],
  asks=["¿Puedo escribirte si nos atascamos con legal?"], pin=("2024-10-21", "2024-12-10"))

# ---------------------------------------------------------------------------------------------


def spread_dates(items):
    rng = random.Random(SEED)
    span = (END - START).total_seconds()
    fam_members = {}
    for it in items:
        if it["family"] and not it["_pin"]:
            fam_members.setdefault(it["family"], []).append(it)
    for fam, mem in fam_members.items():
        rng.shuffle(mem)
        n = len(mem)
        offset = rng.random()
        for i, it in enumerate(mem):
            frac = ((i + offset) / n) % 1.0
            jitter = rng.uniform(-0.04, 0.04)
            frac = min(max(frac + jitter, 0.005), 0.995)
            it["_t"] = START + timedelta(seconds=frac * span)
    for it in items:
        if "_t" in it:
            continue
        if it["_pin"]:
            a, b = it["_pin"]
            ta = datetime.fromisoformat(a + "T06:00:00+00:00")
            tb = datetime.fromisoformat(b + "T21:00:00+00:00")
            it["_t"] = ta + timedelta(seconds=rng.random() * (tb - ta).total_seconds())
        else:
            it["_t"] = START + timedelta(seconds=rng.random() * span)
    # nudge into plausible sending hours (07-23 local), keep the day
    for it in items:
        tz = ZoneInfo(it["_tz"])
        local = it["_t"].astimezone(tz)
        if local.hour < 7:
            local = local.replace(hour=7 + rng.randrange(0, 12))
        it["_t"] = local.replace(microsecond=0)
    items.sort(key=lambda x: x["_t"])
    # strictly increasing instants
    for prev, cur in zip(items, items[1:]):
        if cur["_t"] <= prev["_t"]:
            cur["_t"] = (prev["_t"] + timedelta(seconds=37)).astimezone(ZoneInfo(cur["_tz"]))


KEYS = ["id", "platform", "sender_name", "sender_headline", "date", "message", "label", "action",
        "language", "register", "family", "reason", "refers_to", "asks"]


def main():
    spread_dates(ITEMS)
    with open("requests.jsonl", "w", encoding="utf-8") as fh:
        for n, it in enumerate(ITEMS, 1):
            it["id"] = "r%04d" % n
            it["date"] = it["_t"].isoformat()
            row = {k: it[k] for k in KEYS}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d requests" % len(ITEMS))


if __name__ == "__main__":
    main()

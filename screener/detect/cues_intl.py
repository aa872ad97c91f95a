"""Phrase cues for the languages after German and English: Spanish, Catalan, French, Italian,
Portuguese, Dutch, Polish.

The same kinds as screener/detect/cues.py, by the same weight groups, so the weights fitted on German
and English notes carry over: `generic` (networking clichés), `sales` (offers, calls, demos, free
things, invitations to the sender's stage, job seeking, network marketing), `personal` (a shared past,
a referral), `their-work` (a piece of the recipient's work), `when` (a time past), `future` (a time to
come). Written from how people write in these languages, not from any corpus. The regexes run on the
folded note (lower case, accents dropped: "añadir" -> "anadir", "réseau" -> "reseau"; Polish ł stays,
so the Polish patterns are written with l and widened to [lł]). A language not here is judged by the
language-independent signals only (repetition, library, structure, profile, links, numbers).
"""

from __future__ import annotations

import re

from screener.detect.cues import Cue


def _c(name: str, pattern: str, label: str) -> Cue:
    return (name, re.compile(pattern), label)


def _pl(name: str, pattern: str, label: str) -> Cue:
    return _c(name, pattern.replace("l", "[lł]"), label)


_ES = {
    "generic": (
        _c("grow-network", r"\b(ampliar|expandir|hacer crecer|fortalecer|aumentar) (mi|nuestra) red\b", "wants to grow a network"),
        _c("connect-ask", r"\b(me gustaria|me encantaria|quisiera|me gustaria mucho) (conectar|agregarte|anadirte|sumarte|tenerte|formar parte|unirme)|\bconectemos\b|\b(agregarte|anadirte) a mi red\b", "a stock 'let's connect'"),
        _c("profile-flattery", r"\b(tu|su) perfil (me )?(parece|es|llamo|resulta|me ha)|\b(perfil|trayectoria|experiencia) (muy |realmente )?(interesante|impresionante|inspirador[a]?)|\b(interesante|impresionante|gran) (perfil|trayectoria)\b", "generic praise of profile or career"),
        _c("synergy", r"\bsinergias?\b|\bbeneficio mutuo\b|\b(futuras?|posibles) colaboraciones\b|\bcolaboraciones futuras\b|\b(intercambiar|compartir) (ideas|experiencias|conocimientos)\b", "vague promise of synergies"),
        _c("same-field", r"\b(mismo|misma) (sector|industria|campo|ambito)\b|\bprofesionales (afines|como tu|del sector)\b|\bintereses (similares|comunes)\b", "'same industry' as the only reason"),
        _c("stay-in-touch", r"\b(estar|seguir|mantenernos|mantenerse) en contacto\b", "'stay in touch' without a reason"),
        _c("follow-content", r"\bseguir (tus|sus) (publicaciones|posts|contenidos|novedades|articulos)\b", "wants to follow updates"),
    ),
    "sales": (
        _c("pitch", r"\b(nuestra|mi) (empresa|agencia|plataforma|solucion|consultora|startup|herramienta)\b|\bnuestros? (servicios?|productos?|equipo)\b|\b(ofrecemos|ayudamos a|ayudo a|acompanamos a|acompano a)\b", "a sales pitch"),
        _c("cta", r"\b(llamada|videollamada|reunion|charla|conversacion) (rapida|breve|corta|de \d+ minutos)\b|\bdemo\b|\bsin compromiso\b|\bgratis\b|\bgratuit[oa]s?\b|\bdescuento\b|\bpresupuesto\b|\b(te|le) interesa\b|\bestarias? (abiert[oa]|disponible)\b", "asks for a call or demo"),
        _c("invite", r"\b(webinar|podcast|ponente|invitad[oa]|coautor\w*|desayuno (de negocios|empresarial))\b|\b(te|le) (invito|invitamos)\b", "invites you to their event"),
        _c("job-seeking", r"\b(busco|buscando|estoy buscando) (trabajo|empleo|nuevas oportunidades|una oportunidad|un puesto|nuevos retos)\b|\ben busqueda (activa )?de empleo\b|\b(mi )?curriculum\b", "is looking for a job"),
        _c("recruiting", r"\b(oferta|vacante|puesto|posicion) (de|para|en)\b|\bproceso de seleccion\b|\bheadhunter\b", "a recruiter's mass mail"),
        _c("network-marketing", r"\b(ingresos (extra|pasivos|adicionales)|oportunidad de negocio|libertad financiera|trabajar desde casa)\b", "a network-marketing pitch"),
    ),
    "personal": (
        _c("met", r"\b(nos conocimos|nos vimos|coincidimos|hablamos|charlamos|estuvimos hablando)\b|\b(encantad[oa]|un placer|fue un placer|un gusto) (de )?(conocerte|conocerle|haberte conocido|verte)\b", "says you have met"),
        _c("after-contact", r"\b(muchas )?gracias (de nuevo )?por (la charla|el cafe|la conversacion|el consejo|tu ayuda|la recomendacion|la presentacion)\b", "refers to an earlier conversation"),
        _c("history", r"\b(trabajamos|estudiamos|trabajabamos) juntos\b|\b(antigu[oa]|ex) ?(companer[oa]|colega|jefe|jefa|alumn[oa])\b|\bcompaneros? de (clase|trabajo|equipo|master|carrera|piso)\b", "shared history"),
        _c("remember", r"\b(te acuerdas|se acuerda|recuerdas|te acordaras)\b", "recalls a shared past"),
        _c("you-did", r"\bme (dijiste|comentaste|recomendaste|ayudaste|explicaste|ensenaste|contaste)\b", "recalls something the recipient did"),
        _c("referral", r"\bme (recomendo|paso|dio) (tu|su) (contacto|nombre)\b|\bde parte de\b|\bme (hablo|hablaron) de ti\b", "a named referral"),
    ),
    "their-work": (
        _c("their-work", r"\b(tu|su) (charla|ponencia|presentacion|articulo|libro|post|publicacion|podcast|taller|curso|investigacion|tesis|newsletter|hilo|comentario|pregunta|entrevista|video|keynote)\b", "refers to a piece of the recipient's work"),
    ),
    "when": (
        _c("when", r"\b(ayer|anteayer|la semana pasada|el mes pasado|el otro dia|el (lunes|martes|miercoles|jueves|viernes|sabado|domingo) pasado|hace (dos|tres|unos|unas|\d+) (dias|semanas|meses|anos))\b", "names when"),
    ),
    "future": (
        _c("future", r"\b(la )?(proxima semana|semana que viene|proximo mes)\b|\besta semana\b|\bpasado manana\b", "proposes a time to come"),
        _c("future", r"\b\d{1,2} minutos\b|\b(diez|quince|veinte) minutos\b", "asks for minutes of your time"),
    ),
}

_CA = {
    "generic": (
        _c("grow-network", r"\b(ampliar|fer creixer|enfortir) (la meva|la nostra) xarxa\b", "wants to grow a network"),
        _c("connect-ask", r"\bm'agradaria (connectar|afegir-te|formar part)\b|\bconnectem\b", "a stock 'let's connect'"),
        _c("profile-flattery", r"\b(el teu|el seu) perfil\b|\bperfil (molt )?(interessant|impressionant)\b|\btrajectoria (molt )?(interessant|impressionant)\b", "generic praise of profile or career"),
        _c("synergy", r"\bsinergies\b|\bbenefici mutu\b|\bintercanviar (idees|experiencies|coneixements)\b", "vague promise of synergies"),
        _c("stay-in-touch", r"\b(estar|mantenir-nos) en contacte\b", "'stay in touch' without a reason"),
    ),
    "sales": (
        _c("pitch", r"\bla nostra (empresa|agencia|plataforma|solucio|consultora)\b|\b(oferim|ajudem a|ajudo a|acompanyem)\b", "a sales pitch"),
        _c("cta", r"\b(trucada|reunio|videotrucada) (rapida|breu|curta)\b|\b\d+ minuts\b|\bsense compromis\b|\bgratu[iï]t[a]?\b|\bdemo\b|\bt'interessa\b", "asks for a call or demo"),
        _c("invite", r"\b(webinar|podcast|ponent|convidat|convidada)\b|\bet (convido|convidem)\b", "invites you to their event"),
        _c("job-seeking", r"\b(busco|cerco|estic buscant) (feina|treball|noves oportunitats)\b", "is looking for a job"),
    ),
    "personal": (
        _c("met", r"\bens (vam|varem) (coneixer|veure|trobar)\b|\bvam (parlar|xerrar|coincidir)\b|\b(encantat|encantada|un plaer) de (coneixer-te|haver-te conegut|veure't)\b", "says you have met"),
        _c("after-contact", r"\bgracies (de nou )?(per la xerrada|pel cafe|per la conversa|pel consell|per l'ajuda)\b", "refers to an earlier conversation"),
        _c("history", r"\b(vam treballar|treballavem|vam estudiar) junts\b|\b(antic|antiga|ex) ?(company|companya|col·lega|collega|cap)\b", "shared history"),
        _c("remember", r"\b(te'n recordes|et recordes|recordes)\b", "recalls a shared past"),
        _c("you-did", r"\bem vas (dir|recomanar|ajudar|explicar|comentar)\b", "recalls something the recipient did"),
    ),
    "their-work": (
        _c("their-work", r"\b(la teva|la seva) (xerrada|ponencia|presentacio|publicacio|tesi|entrevista)\b|\b(el teu|el seu) (article|llibre|post|podcast|curs|taller|video)\b", "refers to a piece of the recipient's work"),
    ),
    "when": (
        _c("when", r"\b(ahir|abans-d'ahir|la setmana passada|el mes passat|l'altre dia|(dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge) passat|fa (dos|tres|uns|unes|\d+) (dies|setmanes|mesos|anys))\b", "names when"),
    ),
    "future": (
        _c("future", r"\b(la setmana vinent|la propera setmana|aquesta setmana|el mes vinent)\b", "proposes a time to come"),
    ),
}

_FR = {
    "generic": (
        _c("grow-network", r"\b(elargir|agrandir|developper|etendre|enrichir) (mon|notre) reseau\b", "wants to grow a network"),
        _c("connect-ask", r"\b(j'aimerais|je souhaiterais|je voudrais|je serais ravie?|ravie? de) (vous |te )?(ajouter|rejoindre|me connecter|connecter|faire partie|entrer en contact)\b|\b(rejoindre|integrer) (votre|ton) reseau\b", "a stock 'let's connect'"),
        _c("profile-flattery", r"\b(votre|ton) (profil|parcours) (est|m'a|a retenu|m'interesse)|\b(profil|parcours) (tres )?(interessant|inspirant|impressionnant|remarquable)\b", "generic praise of profile or career"),
        _c("synergy", r"\bsynergies?\b|\b(echanger|partager) (des idees|nos experiences|sur nos|des bonnes pratiques)\b|\bbenefice mutuel\b", "vague promise of synergies"),
        _c("same-field", r"\bmeme (secteur|domaine|industrie)\b|\bcentres d'interet communs\b", "'same industry' as the only reason"),
        _c("stay-in-touch", r"\brester en (contact|relation)\b", "'stay in touch' without a reason"),
        _c("follow-content", r"\bsuivre (vos|tes) (publications|posts|actualites|articles)\b", "wants to follow updates"),
    ),
    "sales": (
        _c("pitch", r"\b(notre|mon) (entreprise|societe|agence|plateforme|solution|cabinet|offre|logiciel|outil)\b|\b(nous aidons|nous accompagnons|nous proposons|j'accompagne|j'aide)\b", "a sales pitch"),
        _c("cta", r"\b(appel|echange|rendez-vous|call|visio) (rapide|court|de \d+ minutes)\b|\bdemo\b|\bsans engagement\b|\bgratuit\w*\b|\boffert\w*\b|\bseriez-vous (ouverte?|disponible|interessee?)\b|\b(ca|cela) vous interesse\b", "asks for a call or demo"),
        _c("invite", r"\b(webinaire|webinar|podcast|intervenant\w*|co-?auteur\w*|petit-dejeuner d'affaires)\b|\b(je|nous) (vous|t') ?invit\w*\b", "invites you to their event"),
        _c("job-seeking", r"\bje (re)?cherche (un poste|un emploi|une opportunite|de nouvelles opportunites|un stage|une alternance)\b|\ben recherche (active )?d'emploi\b|\bmon cv\b", "is looking for a job"),
        _c("network-marketing", r"\b(revenu[s]? (complementaire|passif)s?|opportunite d'affaires|liberte financiere|travailler de chez (vous|soi))\b", "a network-marketing pitch"),
    ),
    "personal": (
        _c("met", r"\b(nous nous sommes|on s'est) (rencontres?|vus|croises|parle)\b|\b(on a|nous avons) (discute|parle|echange)\b|\b(ravie?|enchantee?|heureuse?|content|contente) de (vous|t') ?(avoir )?(rencontre|croise|vu)e?\b", "says you have met"),
        _c("after-contact", r"\bmerci (encore )?pour (l'echange|la discussion|le cafe|vos conseils|tes conseils|ton conseil|votre conseil|la conversation|votre aide|ton aide)\b", "refers to an earlier conversation"),
        _c("history", r"\b(ancien|ancienne|ex)[- ]?(collegue|camarade|eleve|etudiant|etudiante|chef)\b|\b(nous avons|on a) (travaille|etudie) ensemble\b", "shared history"),
        _c("remember", r"\b(vous vous souvenez|tu te souviens|vous souvenez-vous|te souviens-tu)\b", "recalls a shared past"),
        _c("you-did", r"\b(vous m'avez|tu m'as) (dit|conseille|recommande|aide|explique|parle)\b", "recalls something the recipient did"),
        _c("referral", r"\bde la part de\b|\bm'a (recommande|conseille|suggere) de (vous|te) contacter\b|\bm'a donne (vos|tes|votre|ton) (coordonnees|contact|nom)\b", "a named referral"),
    ),
    "their-work": (
        _c("their-work", r"\b(votre|ton|ta) (conference|intervention|presentation|article|livre|post|publication|podcast|atelier|these|newsletter|keynote|table ronde|talk|question|commentaire)\b", "refers to a piece of the recipient's work"),
    ),
    "when": (
        _c("when", r"\b(hier|avant-hier|la semaine derniere|le mois dernier|l'autre jour|(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) dernier|il y a (deux|trois|quelques|\d+) (jours|semaines|mois|ans))\b", "names when"),
    ),
    "future": (
        _c("future", r"\b(la semaine prochaine|cette semaine|le mois prochain|dans les prochains jours)\b", "proposes a time to come"),
        _c("future", r"\b\d{1,2} minutes\b|\b(dix|quinze|vingt) minutes\b", "asks for minutes of your time"),
    ),
}

_IT = {
    "generic": (
        _c("grow-network", r"\b(ampliare|allargare|espandere|estendere) (la mia|la nostra) rete\b", "wants to grow a network"),
        _c("connect-ask", r"\b(vorrei|mi piacerebbe|sarei felice di|sarei lieto di) (aggiungerti|connettermi|collegarmi|entrare a far parte|fare parte|connetterci|entrare in contatto)\b|\bconnettiamoci\b", "a stock 'let's connect'"),
        _c("profile-flattery", r"\b(il tuo|il suo) (profilo|percorso)\b|\b(profilo|percorso) (molto )?(interessante|interessantissimo|impressionante|stimolante)\b", "generic praise of profile or career"),
        _c("synergy", r"\bsinergi\w+\b|\b(scambiare|condividere) (idee|esperienze|opinioni)\b|\bscambio di (idee|esperienze)\b|\breciproco vantaggio\b", "vague promise of synergies"),
        _c("same-field", r"\bstesso (settore|ambito|campo)\b", "'same industry' as the only reason"),
        _c("stay-in-touch", r"\b(restare|rimanere) in contatto\b", "'stay in touch' without a reason"),
    ),
    "sales": (
        _c("pitch", r"\b(la nostra|la mia) (azienda|societa|agenzia|piattaforma|soluzione|offerta)\b|\bil nostro (team|servizio|prodotto|software)\b|\b(aiutiamo|offriamo|supportiamo|affianchiamo)\b", "a sales pitch"),
        _c("cta", r"\b(chiamata|call|videochiamata) (veloce|breve|rapida|di \d+ minuti)\b|\b\d+ minuti\b|\bdemo\b|\bsenza impegno\b|\bgratuit\w*\b|\bgratis\b|\b(ti|le) interessa\b|\b(saresti|sarebbe) disponibile\b", "asks for a call or demo"),
        _c("invite", r"\b(webinar|podcast|relatore|relatrice|ospite|coautore|coautrice)\b|\b(ti|la) (invito|invitiamo)\b", "invites you to their event"),
        _c("job-seeking", r"\b(cerco|sto cercando) (lavoro|un nuovo lavoro|nuove opportunita|un'opportunita)\b|\bin cerca di (lavoro|nuove opportunita|occupazione)\b|\bil mio (cv|curriculum)\b", "is looking for a job"),
        _c("network-marketing", r"\b(reddito (extra|passivo)|opportunita di business|liberta finanziaria|lavorare da casa)\b", "a network-marketing pitch"),
    ),
    "personal": (
        _c("met", r"\bci siamo (conosciuti|conosciute|visti|viste|incontrati|sentiti|parlati)\b|\babbiamo (parlato|chiacchierato)\b|\b(piacere|e stato un piacere|bello|che piacere) (di )?(conoscerti|averti conosciuto|vederti|rivederti)\b", "says you have met"),
        _c("after-contact", r"\bgrazie (ancora )?(per|della|del) (la )?(chiacchierata|caffe|consiglio|aiuto|conversazione|chiamata)\b", "refers to an earlier conversation"),
        _c("history", r"\b(ex|vecchi[oa]) (collega|compagn[oa])\b|\babbiamo (lavorato|studiato) insieme\b", "shared history"),
        _c("remember", r"\b(ti ricordi|si ricorda|te lo ricordi)\b", "recalls a shared past"),
        _c("you-did", r"\bmi hai (detto|consigliato|aiutato|suggerito|spiegato|raccontato)\b", "recalls something the recipient did"),
        _c("referral", r"\bda parte di\b|\bmi ha (consigliato|suggerito) di contattarti\b|\bmi ha dato il tuo (contatto|nome)\b", "a named referral"),
    ),
    "their-work": (
        _c("their-work", r"\b(il tuo|la tua|il suo|la sua) (intervento|talk|presentazione|articolo|libro|post|podcast|workshop|corso|tesi|newsletter|keynote|ricerca|domanda|commento)\b", "refers to a piece of the recipient's work"),
    ),
    "when": (
        _c("when", r"\b(ieri|l'altro ieri|la settimana scorsa|il mese scorso|l'altro giorno|(lunedi|martedi|mercoledi|giovedi|venerdi) scorso|(sabato|domenica) scors[oa]|(qualche|due|tre|\d+) (giorni|settimane|mesi|anni) fa)\b", "names when"),
    ),
    "future": (
        _c("future", r"\b(la settimana prossima|la prossima settimana|questa settimana|il mese prossimo)\b", "proposes a time to come"),
    ),
}

_PT = {
    "generic": (
        _c("grow-network", r"\b(ampliar|expandir|aumentar|fortalecer) (a )?minha rede\b", "wants to grow a network"),
        _c("connect-ask", r"\b(gostaria de|adoraria|quero) (me conectar|conectar|adiciona\w*|fazer parte|participar da sua rede)\b|\bvamos nos conectar\b", "a stock 'let's connect'"),
        _c("profile-flattery", r"\b(seu|teu) perfil\b|\bperfil (muito )?(interessante|impressionante|inspirador)\b|\bsua trajetoria\b", "generic praise of profile or career"),
        _c("synergy", r"\bsinergi\w+\b|\b(trocar|compartilhar|partilhar) (ideias|experiencias|conhecimentos)\b|\btroca de (ideias|experiencias)\b", "vague promise of synergies"),
        _c("same-field", r"\b(mesmo setor|mesma area|mesmo segmento)\b", "'same industry' as the only reason"),
        _c("stay-in-touch", r"\bmanter (o )?contato\b", "'stay in touch' without a reason"),
    ),
    "sales": (
        _c("pitch", r"\b(nossa|minha) (empresa|agencia|plataforma|solucao|consultoria)\b|\bnosso (time|servico|produto|software)\b|\b(ajudamos|oferecemos|apoiamos)\b", "a sales pitch"),
        _c("cta", r"\b(ligacao|chamada|conversa|call|reuniao) (rapida|breve|de \d+ minutos)\b|\b\d+ minutos\b|\bdemo\b|\bsem compromisso\b|\bgratuit\w*\b|\bgratis\b|\b(tem|teria) interesse\b|\bestaria (aberto|aberta|disponivel)\b", "asks for a call or demo"),
        _c("invite", r"\b(webinar|podcast|palestrante|convidad[oa]|coautor\w*)\b|\b(te|o|a) convid(o|amos)\b", "invites you to their event"),
        _c("job-seeking", r"\b(procuro|busco|procurando|buscando|estou em busca de) (emprego|trabalho|novas oportunidades|uma oportunidade|recolocacao)\b|\bmeu (cv|curriculo)\b", "is looking for a job"),
        _c("network-marketing", r"\b(renda (extra|passiva)|oportunidade de negocio|liberdade financeira|trabalhar de casa)\b", "a network-marketing pitch"),
    ),
    "personal": (
        _c("met", r"\bnos (conhecemos|vimos|falamos|encontramos)\b|\bconversamos\b|\ba gente se (conheceu|viu|falou)\b|\b(prazer|foi um prazer|foi otimo|foi bom) (em )?(te )?(conhecer|conhece-l[oa]|ter conhecido|te ver)\b", "says you have met"),
        _c("after-contact", r"\bobrigad[oa] (de novo |novamente )?pel[oa] (conversa|cafe|dica|ajuda|papo|conselho)\b", "refers to an earlier conversation"),
        _c("history", r"\b(ex|antig[oa]) ?(colega|companheir[oa]|chefe)\b|\b(trabalhamos|estudamos) juntos\b", "shared history"),
        _c("remember", r"\b(voce se lembra|lembra de mim|se lembra|te lembras)\b", "recalls a shared past"),
        _c("you-did", r"\bvoce me (disse|indicou|recomendou|ajudou|explicou)\b", "recalls something the recipient did"),
        _c("referral", r"\bpor indicacao d[eoa]\b|\bme (indicou|passou) (voce|o seu contato|seu contato)\b", "a named referral"),
    ),
    "their-work": (
        _c("their-work", r"\b(sua|seu|tua|teu) (palestra|apresentacao|artigo|livro|post|publicacao|podcast|workshop|curso|tese|newsletter|keynote|pesquisa|pergunta|comentario)\b", "refers to a piece of the recipient's work"),
    ),
    "when": (
        _c("when", r"\b(ontem|anteontem|semana passada|mes passado|outro dia|(segunda|terca|quarta|quinta|sexta)(-feira)? passada|(sabado|domingo) passado|ha (dois|tres|alguns|algumas|\d+) (dias|semanas|meses|anos))\b", "names when"),
    ),
    "future": (
        _c("future", r"\b(na )?(proxima semana|semana que vem|proximo mes)\b|\besta semana\b", "proposes a time to come"),
    ),
}

_NL = {
    "generic": (
        _c("grow-network", r"\b(mijn|ons) netwerk (uit ?te ?breiden|uitbreiden|vergroten|versterken|te vergroten)\b|\bnetwerk (uitbreiden|vergroten)\b", "wants to grow a network"),
        _c("connect-ask", r"\b(graag|ik wil je graag|ik wil u graag) (toevoegen|connecten|verbinden|linken)\b|\b(laten we|zullen we) (connecten|linken)\b|\b(wil|zou) (ik )?(graag )?(met je|met u)? ?(connecten|linken)\b", "a stock 'let's connect'"),
        _c("profile-flattery", r"\b(interessant|indrukwekkend|mooi|inspirerend)e? (profiel|loopbaan|cv)\b|\b(je|jouw|uw) profiel\b", "generic praise of profile or career"),
        _c("synergy", r"\bsynergie\w*\b|\b(ideeen|ervaringen|kennis) (uitwisselen|delen)\b|\bwederzijds (voordeel|belang)\b", "vague promise of synergies"),
        _c("same-field", r"\b(zelfde|dezelfde) (branche|sector|vakgebied)\b", "'same industry' as the only reason"),
        _c("stay-in-touch", r"\b(in contact blijven|contact houden)\b", "'stay in touch' without a reason"),
    ),
    "sales": (
        _c("pitch", r"\b(ons|mijn) (bedrijf|bureau|platform|aanbod)\b|\bonze (oplossing|diensten|software|organisatie)\b|\b(wij helpen|ik help|wij bieden|wij ondersteunen)\b", "a sales pitch"),
        _c("cta", r"\b(kort|korte|snel|snelle) (gesprek|belletje|call|kennismaking|kennismakingsgesprek)\b|\b\d+ minuten\b|\bdemo\b|\bvrijblijvend\b|\bgratis\b|\bkosteloos\b|\b(sta je|staat u) open\b", "asks for a call or demo"),
        _c("invite", r"\b(webinar|podcast|spreker|gastspreker|co-?auteur)\b|\b(ik|wij) nodig(en)? (je|u) uit\b", "invites you to their event"),
        _c("job-seeking", r"\b(ik zoek|op zoek naar) (een nieuwe baan|werk|een baan|een nieuwe uitdaging|nieuwe uitdaging|een stage)\b|\bmijn cv\b", "is looking for a job"),
        _c("network-marketing", r"\b(extra inkomen|passief inkomen|financiele vrijheid|vanuit huis werken)\b", "a network-marketing pitch"),
    ),
    "personal": (
        _c("met", r"\b(we hebben|wij hebben|we hadden) (elkaar )?(ontmoet|gesproken|gezien)\b|\belkaar (ontmoet|gesproken|gezien)\b|\bleuk (je|u|jou) (te )?(ontmoeten|ontmoet|gesproken|spreken|zien|gezien)\b", "says you have met"),
        _c("after-contact", r"\bbedankt (nog )?voor (het gesprek|de koffie|je tip|je hulp|het advies|uw hulp)\b", "refers to an earlier conversation"),
        _c("history", r"\b(oud-?collega|oud-?studiegenoot|ex-?collega)\b|\b(samen|met jou|met u) (gewerkt|gestudeerd)\b", "shared history"),
        _c("remember", r"\b(weet je nog|herinner je je|herinnert u zich)\b", "recalls a shared past"),
        _c("you-did", r"\b(je|u) (zei|vertelde|raadde|adviseerde) (me|mij)\b", "recalls something the recipient did"),
        _c("referral", r"\b(heeft|gaf) me (je|jouw|uw) (naam|contact|gegevens)\b|\braadde me aan (je|u) te\b", "a named referral"),
    ),
    "their-work": (
        _c("their-work", r"\b(je|jouw|uw) (presentatie|talk|lezing|artikel|boek|post|podcast|workshop|cursus|scriptie|nieuwsbrief|keynote|onderzoek|vraag)\b", "refers to a piece of the recipient's work"),
    ),
    "when": (
        _c("when", r"\b(gisteren|eergisteren|vorige week|vorige maand|laatst|afgelopen (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week)|(een paar|twee|drie|\d+) (dagen|weken|maanden) geleden)\b", "names when"),
    ),
    "future": (
        _c("future", r"\b(volgende week|deze week|volgende maand)\b", "proposes a time to come"),
    ),
}

_PLC = {
    "generic": (
        _pl("grow-network", r"\b(poszerzyc|rozszerzyc|rozbudowac|powiekszyc) (moja|swoja|nasza) siec\b", "wants to grow a network"),
        _pl("connect-ask", r"\b(chcial(a)?bym|chetnie) (cie |pana |pania )?(dodac|nawiazac kontakt|polaczyc sie|dolaczyc)\b|\bdo (mojej|swojej) sieci\b", "a stock 'let's connect'"),
        _pl("profile-flattery", r"\b(ciekawy|interesujacy|imponujacy|inspirujacy) profil\b|\b(twoj|pana|pani) profil\b", "generic praise of profile or career"),
        _pl("synergy", r"\bsynergi\w+\b|\bwymian\w+ (doswiadczen|pomyslow|wiedzy)\b|\bwymienic sie (doswiadczeniami|pomyslami)\b", "vague promise of synergies"),
        _pl("stay-in-touch", r"\b(pozostac|byc) w kontakcie\b", "'stay in touch' without a reason"),
        _pl("same-field", r"\b(tej samej|ta sama) branz\w+\b", "'same industry' as the only reason"),
    ),
    "sales": (
        _pl("pitch", r"\b(nasza|moja) (firma|agencja|platforma|oferta)\b|\bnasze (rozwiazanie|rozwiazania|uslugi)\b|\b(pomagamy|oferujemy|wspieramy)\b", "a sales pitch"),
        _pl("cta", r"\b(krotka|krotkiej|szybka|szybkiej) (rozmow\w+|rozmowk\w+)\b|\b\d+ minut\b|\bdemo\b|\bbez zobowiazan\b|\bbezplatn\w*\b|\bdarmow\w*\b|\bgratis\b|\bzainteresowan\w*\b", "asks for a call or demo"),
        _pl("invite", r"\b(webinar\w*|podcast\w*|prelegent\w*|gosc\w*|wspolautor\w*)\b|\bzaprasza(m|my) (cie|pana|pania)\b", "invites you to their event"),
        _pl("job-seeking", r"\b(szukam|poszukuje) (pracy|nowej pracy|nowych wyzwan|zatrudnienia|stazu)\b|\bmoje cv\b", "is looking for a job"),
        _pl("network-marketing", r"\b(dodatkowy dochod|pasywny dochod|wolnosc finansowa|praca z domu)\b", "a network-marketing pitch"),
    ),
    "personal": (
        _pl("met", r"\b(poznalismy sie|poznalysmy sie|widzielismy sie|rozmawialismy|spotkalismy sie)\b|\bmilo (bylo )?(cie|pana|pania) (poznac|spotkac|zobaczyc)\b", "says you have met"),
        _pl("after-contact", r"\b(dziekuje|dzieki) (jeszcze raz )?za (rozmowe|kawe|rade|pomoc|spotkanie|wskazowke)\b", "refers to an earlier conversation"),
        _pl("history", r"\b(pracowalismy|studiowalismy) razem\b|\b(byly|byla|dawny|dawna) (kolega|kolezanka|wspolpracownik|wspolpracowniczka|szef|szefowa)\b", "shared history"),
        _pl("remember", r"\b(pamietasz|pamieta pan|pamieta pani)\b", "recalls a shared past"),
        _pl("you-did", r"\b(powiedzial(a)?s|polecil(a)?s|pomogl(a)?s) mi\b", "recalls something the recipient did"),
        _pl("referral", r"\bz polecenia\b|\bpolecil(a)? mi (cie|pana|pania|kontakt)\b|\bdal(a)? mi (twoj|pana|pani) kontakt\b", "a named referral"),
    ),
    "their-work": (
        _pl("their-work", r"\b(twoj|twoja|twoje|twojego|twojej|pana|pani) (wyklad\w*|prezentacj\w+|artykul\w*|ksiazk\w+|post\w*|podcast\w*|warsztat\w*|kurs\w*|wystapienie|wystapienia|newsletter\w*|badan\w*|pytanie)\b", "refers to a piece of the recipient's work"),
    ),
    "when": (
        _pl("when", r"\b(wczoraj|przedwczoraj|w zeszlym tygodniu|w ubieglym tygodniu|w zeszlym miesiacu|(kilka|dwa|trzy|\d+) (dni|tygodnie|tygodni|miesiecy|lata) temu)\b", "names when"),
    ),
    "future": (
        _pl("future", r"\b(w przyszlym tygodniu|w tym tygodniu|w przyszlym miesiacu)\b", "proposes a time to come"),
    ),
}

# language -> weight group -> cues
CUES: dict[str, dict[str, tuple[Cue, ...]]] = {
    "es": _ES, "ca": _CA, "fr": _FR, "it": _IT, "pt": _PT, "nl": _NL, "pl": _PLC,
}
# weight groups the cue languages fill
GROUPS = ("generic", "sales", "personal", "their-work", "when", "future")

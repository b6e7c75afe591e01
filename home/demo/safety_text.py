"""Text of the safety and privacy pages and the sample support lines, with Spanish."""

from .safety_guidance import SAFETY_BODY
from .text import ES, heading, paragraph, t

SUPPORT_LINES = [
    {
        "name": t(
            "Sample: non-police crisis line (MH First style)",
            "Ejemplo: línea de crisis sin policía (al estilo de MH First)",
        ),
        "how_to_reach": "Sample number 555-0100",
        "hours": t(
            "Sample hours: Friday to Monday, 7 p.m. to 7 a.m.",
            "Horario de ejemplo: de viernes a lunes, de 7 p. m. a 7 a. m.",
        ),
        "languages": t("English, Spanish", "Inglés, español"),
        "area_served": t("Oakland and Sacramento", "Oakland y Sacramento"),
        "police_involvement": "no",
        "note": t(
            "Responders are community members, not police. Programs like this change and "
            "have paused before: check before you rely on it.",
            "Quienes responden son personas de la comunidad, no policía. Programas como este "
            "cambian y ya se han pausado antes: confirme antes de contar con él.",
        ),
        "verified_days_ago": 20,
    },
    {
        "name": t(
            "Sample: 24-hour domestic violence support line",
            "Ejemplo: línea de apoyo contra la violencia doméstica las 24 horas",
        ),
        "how_to_reach": "Sample number 555-0199",
        "hours": t("24 hours, every day", "Las 24 horas, todos los días"),
        "languages": t("English, Spanish and interpreters", "Inglés, español e intérpretes"),
        "area_served": t("California", "California"),
        "police_involvement": "maybe",
        "note": t(
            "They call police only if you ask, or if a life is in immediate danger.",
            "Solo llaman a la policía si usted lo pide o si una vida está en peligro inmediato.",
        ),
        "verified_days_ago": 200,  # stale on purpose: moderators see it flagged
    },
]

PAGES = [
    {
        "slug": "safety",
        "title": t("Staying safe on this site", "Cómo usar este sitio con seguridad"),
        "summary": t(
            "What the “Exit this page” button does, what it cannot do, and how to "
            "browse more safely.",
            "Qué hace el botón «Salir de esta página», qué no puede hacer y cómo "
            "navegar con más seguridad.",
        ),
        "body": SAFETY_BODY,
    },
    {
        "slug": "privacy",
        "title": t("Privacy", "Privacidad"),
        "summary": t(
            "What this site keeps about you: nothing that identifies you.",
            "Lo que este sitio guarda sobre usted: nada que lo identifique.",
        ),
        "body": [
            heading(t("No tracking", "Sin rastreo")),
            paragraph(
                t(
                    "Reading this site sets no cookie. We use no analytics, no advertising, no "
                    "web fonts and no content from other companies.",
                    "Leer este sitio no guarda ninguna cookie. No usamos analítica, ni publicidad, "
                    "ni fuentes web, ni contenido de otras empresas.",
                ),
                t(
                    "Videos load from YouTube or Vimeo only when you press play, and we tell you "
                    "which company before you do.",
                    "Los videos se cargan de YouTube o Vimeo solo cuando usted pulsa reproducir, y "
                    "le decimos de qué empresa antes de hacerlo.",
                ),
            ),
            heading(t("Downloads", "Descargas")),
            paragraph(
                t(
                    "When you download a tool we count one more download of that file for that "
                    "day. We do not store your address, your browser or any cookie.",
                    "Cuando descarga una herramienta, contamos una descarga más de ese archivo en "
                    "ese día. No guardamos su dirección, su navegador ni ninguna cookie.",
                ),
            ),
            heading(t("Leaving no trace", "Sin dejar rastro")),
            paragraph(
                t(
                    "We send no referrer: the sites you go to from here are not told you came "
                    "from us.",
                    "No enviamos la página de origen: los sitios a los que va desde aquí no saben "
                    "que venía de nosotros.",
                ),
            ),
        ],
    },
]

__all__ = ["ES", "PAGES", "SUPPORT_LINES"]

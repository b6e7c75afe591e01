"""The safety page's guidance: what quick exit and this site do and cannot do, private
browsing in each common browser, deleting this site from the history, downloads, and
what no website can reach. English with the Spanish a translator would enter."""

from .text import heading, paragraph, t

QUICK_EXIT = [
    heading(t("Exit this page", "Salir de esta página")),
    paragraph(
        t(
            "Every page has an “Exit this page” button at the top. Press it, or press the "
            "Shift key three times, and this site disappears at once and a neutral "
            "website opens in its place. The Back button will not bring you back here.",
            "Cada página tiene arriba un botón «Salir de esta página». Púlselo, o pulse la "
            "tecla Mayúsculas tres veces, y este sitio desaparece al instante y en su lugar "
            "se abre un sitio neutral. El botón Atrás no lo traerá de vuelta aquí.",
        ),
        t(
            "On the way out, the tab loses its title and icon, and your browser is asked to "
            "delete what it kept from this site (its cache and storage). It works without "
            "JavaScript too, as a plain link.",
            "Al salir, la pestaña pierde su título y su icono, y se le pide a su navegador que "
            "borre lo que guardó de este sitio (su caché y su almacenamiento). También "
            "funciona sin JavaScript, como un enlace normal.",
        ),
    ),
    heading(t("What it cannot do", "Lo que no puede hacer")),
    paragraph(
        t(
            "Quick exit does not clear your browsing history. The page you were on is "
            "replaced, but other pages of this site you opened before stay in the history, "
            "and so do other tabs of this site that are still open. Someone who looks at your "
            "history can still see that you visited this site.",
            "Salir rápido no borra su historial. La página en la que estaba se reemplaza, pero "
            "las otras páginas de este sitio que abrió antes siguen en el historial, igual que "
            "otras pestañas de este sitio que sigan abiertas. Quien revise su historial todavía "
            "puede ver que visitó este sitio.",
        ),
    ),
    heading(t("What this site leaves on your device", "Lo que este sitio deja en su dispositivo")),
    paragraph(
        t(
            "We set no cookie and write nothing to your browser’s storage. We tell your "
            "browser not to keep any of our pages, search results, styles, scripts or images, "
            "because anything it keeps would carry this site’s name. The price is a few "
            "kilobytes more on each page you open (about 4 KB for styles and scripts, plus "
            "the pictures on the page).",
            "No guardamos cookies ni escribimos nada en el almacenamiento de su navegador. Le "
            "pedimos a su navegador que no guarde ninguna de nuestras páginas, resultados de "
            "búsqueda, estilos, programas ni imágenes, porque todo lo que guarde llevaría el "
            "nombre de este sitio. El costo son unos pocos kilobytes más en cada página que "
            "abre (unos 4 KB de estilos y programas, más las imágenes de la página).",
        ),
        t(
            "Searches are sent inside the page, not in its address, so the words you search "
            "for do not appear in your history or in the tab’s title.",
            "Las búsquedas se envían dentro de la página, no en su dirección, así que las "
            "palabras que busca no aparecen en su historial ni en el título de la pestaña.",
        ),
    ),
]

PRIVATE_BROWSING = [
    heading(t("Browse in a private window", "Navegue en una ventana privada")),
    paragraph(
        t(
            "A private window keeps no history, cookies or cache once you close it. Close "
            "every private window when you are done.",
            "Una ventana privada no guarda historial, cookies ni caché cuando la cierra. Cierre "
            "todas las ventanas privadas al terminar.",
        ),
        t(
            "Chrome: open the menu (three dots) and choose “New Incognito tab” on a phone, "
            "or “New Incognito window” on a computer (Ctrl+Shift+N).",
            "Chrome: abra el menú (tres puntos) y elija «Nueva pestaña de incógnito» en el "
            "teléfono, o «Nueva ventana de incógnito» en la computadora (Ctrl+Mayús+N).",
        ),
        t(
            "Safari on iPhone: tap the tabs button, then “Private”. On a Mac: File, then "
            "“New Private Window” (Shift+Command+N).",
            "Safari en iPhone: toque el botón de pestañas y luego «Privada». En una Mac: "
            "Archivo y luego «Nueva ventana privada» (Mayús+Comando+N).",
        ),
        t(
            "Firefox: open the menu and choose “New private window” (Ctrl+Shift+P); on a "
            "phone, tap the mask icon on the home screen of the app.",
            "Firefox: abra el menú y elija «Nueva ventana privada» (Ctrl+Mayús+P); en el "
            "teléfono, toque el icono de la máscara en la pantalla de inicio de la aplicación.",
        ),
        t(
            "Edge: open the menu (three dots) and choose “New InPrivate window” (Ctrl+Shift+N).",
            "Edge: abra el menú (tres puntos) y elija «Nueva ventana InPrivate» (Ctrl+Mayús+N).",
        ),
        t(
            "Samsung Internet: tap the tabs button, then “Turn on Secret mode”.",
            "Samsung Internet: toque el botón de pestañas y luego «Activar modo secreto».",
        ),
    ),
    heading(
        t(
            "Delete only this site from your history",
            "Borre solo este sitio de su historial",
        )
    ),
    paragraph(
        t(
            "Deleting a few entries can look less unusual than deleting all of your history.",
            "Borrar unas pocas entradas puede llamar menos la atención que borrar todo el "
            "historial.",
        ),
        t(
            "On a phone: in Chrome or Samsung Internet, open the menu, then History; search "
            "for “Healing Together”, press and hold an entry, select the others and delete "
            "them. In Safari on iPhone, tap the book icon, then the clock, search, and swipe "
            "left on each entry to delete it.",
            "En el teléfono: en Chrome o Samsung Internet, abra el menú y luego Historial; "
            "busque «Healing Together», mantenga pulsada una entrada, seleccione las demás y "
            "bórrelas. En Safari en iPhone, toque el icono del libro y luego el reloj, busque "
            "y deslice hacia la izquierda cada entrada para borrarla.",
        ),
        t(
            "On a computer: open the history (Ctrl+H, or Command+Y in Safari), search for "
            "“Healing Together”, select the entries and delete them. In Firefox, right-click "
            "an entry and choose “Forget About This Site” to remove all of it at once.",
            "En la computadora: abra el historial (Ctrl+H, o Comando+Y en Safari), busque "
            "«Healing Together», seleccione las entradas y bórrelas. En Firefox, haga clic "
            "derecho en una entrada y elija «Olvidar este sitio» para borrarlo todo de una vez.",
        ),
    ),
]

BEYOND_US = [
    heading(t("Downloaded files stay on the device", "Los archivos descargados se quedan")),
    paragraph(
        t(
            "A tool you download stays in your Downloads folder until you delete it, and "
            "your browser lists it among its downloads. That is why each tool can be read "
            "online first: reading it leaves no file behind.",
            "Una herramienta que descarga se queda en su carpeta de Descargas hasta que la "
            "borre, y su navegador la muestra entre sus descargas. Por eso cada herramienta se "
            "puede leer primero en línea: leerla no deja ningún archivo.",
        ),
    ),
    heading(t("What no website can reach", "Lo que ningún sitio web puede alcanzar")),
    paragraph(
        t(
            "If your browser is signed in to an account that syncs (Google, Apple, Microsoft, "
            "Samsung or Firefox), your history may be copied to your other devices. Your "
            "home or work network, and its router, can log which sites were visited. "
            "Monitoring software on a phone or computer can record everything on the screen. "
            "No website can clear or hide any of these.",
            "Si su navegador tiene abierta una cuenta que sincroniza (Google, Apple, Microsoft, "
            "Samsung o Firefox), su historial puede copiarse a sus otros dispositivos. La red de "
            "su casa o de su trabajo, y su router, pueden registrar qué sitios se visitaron. Un "
            "programa de vigilancia en un teléfono o una computadora puede grabar todo lo que "
            "aparece en la pantalla. Ningún sitio web puede borrar ni ocultar nada de esto.",
        ),
        t(
            "If you think someone watches your phone or computer, use a device they cannot "
            "reach, such as one at a library, a friend’s or at work.",
            "Si cree que alguien vigila su teléfono o computadora, use un dispositivo al que "
            "esa persona no tenga acceso, como uno en una biblioteca, de una amistad o del "
            "trabajo.",
        ),
    ),
]

SAFETY_BODY = [*QUICK_EXIT, *PRIVATE_BROWSING, *BEYOND_US]

"""The questionnaires of the demo's self-assessment and evaluation tool, in our own words
from what the campaign says the tools are for, with the Spanish a translator would enter."""

from home.demo.text import t

# Bands every demo section uses: start below 40%, strengthen from 40%, keep doing from 75%.
BAND_STARTS = {"start": 0, "strengthen": 40, "keep": 75}


def section(title, why, statements, bands, guidance=None, tools=()):
    """bands: {action: (meaning, next steps)}; tools: slugs suggested when not yet "keep"."""
    return {
        "title": title,
        "why_it_matters": why,
        "guidance": f"<p>{guidance}</p>" if guidance else "",
        "statements": [{"text": text, "hint": ""} for text in statements],
        "bands": [
            {
                "from_percent": BAND_STARTS[action],
                "action": action,
                "meaning": meaning,
                "next_steps": steps,
                "tools": list(tools) if action != "keep" else [],
            }
            for action, (meaning, steps) in bands.items()
        ],
    }


SELF_ASSESSMENT = [
    section(
        t("Survivor safety first", "La seguridad de las sobrevivientes primero"),
        t(
            "A program for men who have caused harm must never leave a survivor less safe. Safety is the first test of everything else.",
            "Un programa para hombres que han causado daño nunca debe dejar a una sobreviviente menos segura. La seguridad es la primera prueba de todo lo demás.",
        ),
        [
            t(
                "We ask survivors and their advocates what would make them safer before we plan a program.",
                "Preguntamos a las sobrevivientes y a quienes las acompañan qué las haría sentir más seguras antes de planear un programa.",
            ),
            t(
                "We have a written plan for what staff do when a participant says or shows that a partner is in danger.",
                "Tenemos un plan escrito de lo que hace el personal cuando un participante dice o muestra que su pareja está en peligro.",
            ),
            t(
                "We never ask a survivor to take part, meet or forgive as a condition of anything.",
                "Nunca pedimos a una sobreviviente que participe, se reúna o perdone como condición de nada.",
            ),
            t(
                "We keep what participants and survivors tell us private, and say clearly when we cannot.",
                "Guardamos en privado lo que nos cuentan los participantes y las sobrevivientes, y decimos con claridad cuándo no podemos.",
            ),
        ],
        {
            "start": (
                t(
                    "Safety planning is not yet part of how you would run a program.",
                    "La planificación de la seguridad todavía no es parte de cómo llevarían un programa.",
                ),
                t(
                    "Before anything else, talk with a survivors’ organisation near you and write down what staff will do when someone is in danger.",
                    "Antes que nada, hablen con una organización de sobrevivientes cercana y escriban lo que hará el personal cuando alguien esté en peligro.",
                ),
            ),
            "strengthen": (
                t(
                    "Some safety practices are in place, but not all staff know or use them.",
                    "Algunas prácticas de seguridad existen, pero no todo el personal las conoce o las usa.",
                ),
                t(
                    "Put your safety plan in writing, train every staff member on it and review it with survivors’ advocates.",
                    "Pongan su plan de seguridad por escrito, capaciten a todo el personal y revísenlo con quienes acompañan a sobrevivientes.",
                ),
            ),
            "keep": (
                t(
                    "Survivor safety comes first in how you work.",
                    "La seguridad de las sobrevivientes va primero en su forma de trabajar.",
                ),
                t(
                    "Keep reviewing your plan every year with survivors and share what you learn with the network.",
                    "Sigan revisando su plan cada año con sobrevivientes y compartan lo que aprendan con la red.",
                ),
            ),
        },
        guidance=t(
            "Answer for what happens today, not what you intend. Ask the staff who would be in the room.",
            "Respondan por lo que pasa hoy, no por lo que piensan hacer. Pregunten al personal que estaría en la sala.",
        ),
        tools=["community-conversation-guide"],
    ),
    section(
        t("Accountability without punishment", "Responsabilidad sin castigo"),
        t(
            "Men change when they are held to account by people who believe they can change, not when they are shamed or locked up.",
            "Los hombres cambian cuando les piden cuentas personas que creen que pueden cambiar, no cuando los avergüenzan o los encierran.",
        ),
        [
            t(
                "Our program asks men to name the harm they caused and its effects on others.",
                "Nuestro programa pide a los hombres nombrar el daño que causaron y sus efectos en otras personas.",
            ),
            t(
                "We treat participants with dignity, even when we challenge what they did.",
                "Tratamos a los participantes con dignidad, aun cuando cuestionamos lo que hicieron.",
            ),
            t(
                "Taking part in our program does not depend on a court order or a referral from police.",
                "Participar en nuestro programa no depende de una orden judicial ni de que la policía los envíe.",
            ),
            t(
                "We have a way to respond when a participant uses violence again, without simply removing him.",
                "Tenemos una forma de responder cuando un participante vuelve a usar violencia, sin simplemente expulsarlo.",
            ),
        ],
        {
            "start": (
                t(
                    "Your approach still relies mostly on punishment or on the courts.",
                    "Su enfoque todavía depende sobre todo del castigo o de los tribunales.",
                ),
                t(
                    "Read the facilitator’s guide with your team and agree on what accountability means for you.",
                    "Lean la guía para facilitar círculos con su equipo y acuerden qué significa para ustedes la responsabilidad.",
                ),
            ),
            "strengthen": (
                t(
                    "You hold men to account in some ways, but not yet consistently.",
                    "Piden cuentas a los hombres de algunas maneras, pero todavía no de forma constante.",
                ),
                t(
                    "Agree as a team on how you respond when harm happens again, and practise it.",
                    "Acuerden como equipo cómo responder cuando el daño vuelve a ocurrir, y practíquenlo.",
                ),
            ),
            "keep": (
                t(
                    "Accountability in your work is firm and humane.",
                    "La responsabilidad en su trabajo es firme y humana.",
                ),
                t(
                    "Keep it up, and mentor another organisation that is starting out.",
                    "Sigan así y acompañen a otra organización que esté empezando.",
                ),
            ),
        },
        tools=["facilitators-guide-mens-circles"],
    ),
    section(
        t("Cultural and community roots", "Raíces culturales y comunitarias"),
        t(
            "Healing works when it grows from the cultures, languages and traditions of the men and families it serves.",
            "La sanación funciona cuando nace de las culturas, los idiomas y las tradiciones de los hombres y las familias a quienes sirve.",
        ),
        [
            t(
                "People from the communities we serve lead or co-lead our work.",
                "Personas de las comunidades a las que servimos dirigen o codirigen nuestro trabajo.",
            ),
            t(
                "We offer the program in the languages participants speak at home.",
                "Ofrecemos el programa en los idiomas que los participantes hablan en casa.",
            ),
            t(
                "Our program draws on the healing traditions of the communities we serve.",
                "Nuestro programa se apoya en las tradiciones de sanación de las comunidades a las que servimos.",
            ),
            t(
                "We talk openly about how racism, colonialism and poverty shape violence.",
                "Hablamos abiertamente de cómo el racismo, el colonialismo y la pobreza moldean la violencia.",
            ),
        ],
        {
            "start": (
                t(
                    "The program is not yet rooted in the communities it would serve.",
                    "El programa todavía no tiene raíces en las comunidades a las que serviría.",
                ),
                t(
                    "Invite community members to shape the program from the start, and pay them for their time.",
                    "Inviten a miembros de la comunidad a dar forma al programa desde el principio, y páguenles su tiempo.",
                ),
            ),
            "strengthen": (
                t(
                    "Community voices are present, but not yet leading.",
                    "Las voces de la comunidad están presentes, pero todavía no dirigen.",
                ),
                t(
                    "Give community members real decisions to make, and offer the program in more languages.",
                    "Den a los miembros de la comunidad decisiones reales y ofrezcan el programa en más idiomas.",
                ),
            ),
            "keep": (
                t(
                    "Your work is rooted in its communities.",
                    "Su trabajo tiene raíces en sus comunidades.",
                ),
                t(
                    "Keep sharing leadership, and tell the network what has worked for you.",
                    "Sigan compartiendo el liderazgo y cuenten a la red lo que les ha funcionado.",
                ),
            ),
        },
        tools=["community-conversation-guide"],
    ),
    section(
        t("Staff readiness and support", "Preparación y apoyo del personal"),
        t(
            "Facilitators carry heavy stories. They need training, supervision and care to do this work well and to stay.",
            "Quienes facilitan cargan historias pesadas. Necesitan capacitación, supervisión y cuidado para hacer bien este trabajo y para quedarse.",
        ),
        [
            t(
                "Our facilitators have been trained in working with men who have caused harm.",
                "Nuestro personal facilitador ha recibido capacitación para trabajar con hombres que han causado daño.",
            ),
            t(
                "Facilitators have regular supervision and someone to talk to after hard sessions.",
                "El personal facilitador tiene supervisión regular y alguien con quien hablar después de sesiones difíciles.",
            ),
            t(
                "Staff with their own experience of violence are supported, not pushed aside.",
                "Apoyamos al personal con su propia experiencia de violencia, en lugar de hacerlo a un lado.",
            ),
            t(
                "We pay facilitators fairly and plan for the program to last beyond one grant.",
                "Pagamos al personal facilitador de forma justa y planeamos que el programa dure más allá de una sola subvención.",
            ),
        ],
        {
            "start": (
                t(
                    "Your staff are not yet prepared or supported for this work.",
                    "Su personal todavía no está preparado ni apoyado para este trabajo.",
                ),
                t(
                    "Plan training and supervision before the first circle, using the facilitator’s guide.",
                    "Planeen la capacitación y la supervisión antes del primer círculo, con la guía para facilitar círculos.",
                ),
            ),
            "strengthen": (
                t(
                    "Staff have some training and support, with gaps.",
                    "El personal tiene algo de capacitación y apoyo, con vacíos.",
                ),
                t(
                    "Set a regular time for supervision and care, and budget for it.",
                    "Fijen un horario regular de supervisión y cuidado, y pónganlo en el presupuesto.",
                ),
            ),
            "keep": (
                t("Your staff are ready and cared for.", "Su personal está preparado y cuidado."),
                t(
                    "Keep investing in them, and share your training with partners.",
                    "Sigan invirtiendo en ellos y compartan su capacitación con otras organizaciones.",
                ),
            ),
        },
        tools=["facilitators-guide-mens-circles"],
    ),
    section(
        t("Partnerships outside the criminal-legal system", "Alianzas fuera del sistema penal"),
        t(
            "Many survivors and families do not want police involved. A program needs partners who can help without calling them.",
            "Muchas sobrevivientes y familias no quieren que intervenga la policía. Un programa necesita aliados que puedan ayudar sin llamarla.",
        ),
        [
            t(
                "We know which local crisis lines and services respond without police.",
                "Sabemos qué líneas de crisis y servicios locales responden sin policía.",
            ),
            t(
                "We work with survivors’ organisations as partners, not only as referrals.",
                "Trabajamos con organizaciones de sobrevivientes como aliadas, no solo para enviarles personas.",
            ),
            t(
                "We can connect participants to housing, work, health and mental-health support.",
                "Podemos conectar a los participantes con apoyo de vivienda, trabajo, salud y salud mental.",
            ),
            t(
                "We are part of a network of organisations that share what they learn.",
                "Somos parte de una red de organizaciones que comparten lo que aprenden.",
            ),
        ],
        {
            "start": (
                t(
                    "You do not yet have partners who can help without police.",
                    "Todavía no tienen aliados que puedan ayudar sin policía.",
                ),
                t(
                    "Map the services near you that respond without police, and meet them.",
                    "Hagan un mapa de los servicios cercanos que responden sin policía, y reúnanse con ellos.",
                ),
            ),
            "strengthen": (
                t(
                    "You have some partners, but the ties are informal.",
                    "Tienen algunos aliados, pero los lazos son informales.",
                ),
                t(
                    "Agree with your partners, in writing, how you will work together in a crisis.",
                    "Acuerden por escrito con sus aliados cómo trabajarán juntos en una crisis.",
                ),
            ),
            "keep": (
                t(
                    "You are well connected outside the criminal-legal system.",
                    "Tienen buenas conexiones fuera del sistema penal.",
                ),
                t(
                    "Keep the connections alive and check every year that the services still run.",
                    "Mantengan vivas las conexiones y revisen cada año que los servicios sigan funcionando.",
                ),
            ),
        },
        tools=["healing-together-policy-paper"],
    ),
    section(
        t("Learning from participants", "Aprender de los participantes"),
        t(
            "The men in a program, and the people around them, know best what helps. A program that listens keeps getting better.",
            "Los hombres de un programa, y las personas a su alrededor, saben mejor qué ayuda. Un programa que escucha sigue mejorando.",
        ),
        [
            t(
                "We ask participants, anonymously, what helps them and what does not.",
                "Preguntamos a los participantes, de forma anónima, qué les ayuda y qué no.",
            ),
            t(
                "We change the program because of what participants tell us.",
                "Cambiamos el programa por lo que nos dicen los participantes.",
            ),
            t(
                "Former participants have a role in the program, such as co-facilitating.",
                "Quienes participaron antes tienen un papel en el programa, por ejemplo cofacilitar.",
            ),
            t(
                "We collect only the information we need, and keep it safe.",
                "Reunimos solo la información que necesitamos, y la guardamos de forma segura.",
            ),
        ],
        {
            "start": (
                t(
                    "You do not yet hear from participants in a regular way.",
                    "Todavía no escuchan a los participantes de forma regular.",
                ),
                t(
                    "Use the evaluation tool at the end of your next cycle of circles.",
                    "Usen la herramienta de evaluación al final de su próximo ciclo de círculos.",
                ),
            ),
            "strengthen": (
                t(
                    "You listen to participants sometimes, but it rarely changes the program.",
                    "A veces escuchan a los participantes, pero rara vez cambia el programa.",
                ),
                t(
                    "Set a time after each cycle to read what participants said and decide what to change.",
                    "Fijen un momento después de cada ciclo para leer lo que dijeron los participantes y decidir qué cambiar.",
                ),
            ),
            "keep": (
                t("Participants shape your program.", "Los participantes dan forma a su programa."),
                t(
                    "Keep asking, and tell participants what you changed because of them.",
                    "Sigan preguntando y cuenten a los participantes qué cambiaron gracias a ellos.",
                ),
            ),
        },
        tools=["program-evaluation-tool"],
    ),
]

EVALUATION = [
    section(
        t("Feeling safe and respected", "Sentirse seguro y respetado"),
        t("How the circle felt to you.", "Cómo se sintió el círculo para usted."),
        [
            t("I could be honest in the circle.", "Pude ser honesto en el círculo."),
            t(
                "The facilitators treated me with respect.",
                "Quienes facilitaron me trataron con respeto.",
            ),
            t(
                "I trusted that what I said would stay in the circle.",
                "Confié en que lo que dije se quedaría en el círculo.",
            ),
        ],
        {
            "start": (
                t(
                    "Participants did not yet feel safe.",
                    "Los participantes todavía no se sintieron seguros.",
                ),
                t(
                    "Talk with facilitators about trust and privacy.",
                    "Hablen con quienes facilitan sobre la confianza y la privacidad.",
                ),
            ),
            "keep": (
                t(
                    "Participants felt safe and respected.",
                    "Los participantes se sintieron seguros y respetados.",
                ),
                t("Keep doing what builds trust.", "Sigan haciendo lo que construye confianza."),
            ),
        },
    ),
    section(
        t("Taking responsibility", "Hacerse responsable"),
        t(
            "What changed in how you see the harm you caused.",
            "Qué cambió en cómo ve el daño que causó.",
        ),
        [
            t(
                "I understand better how my actions affected others.",
                "Entiendo mejor cómo mis acciones afectaron a otras personas.",
            ),
            t(
                "I have tools to stop myself before I hurt someone.",
                "Tengo herramientas para detenerme antes de lastimar a alguien.",
            ),
            t(
                "I know where to get help if I feel I might use violence.",
                "Sé dónde pedir ayuda si siento que podría usar violencia.",
            ),
        ],
        {
            "start": (
                t(
                    "Few participants report change yet.",
                    "Pocos participantes reportan cambios todavía.",
                ),
                t(
                    "Review how the circle talks about harm and repair.",
                    "Revisen cómo se habla en el círculo del daño y la reparación.",
                ),
            ),
            "keep": (
                t("Participants report real change.", "Los participantes reportan cambios reales."),
                t("Keep it up.", "Sigan así."),
            ),
        },
    ),
    section(
        t("The program itself", "El programa"),
        t(
            "What would make the program work better for people like you.",
            "Qué haría que el programa funcione mejor para personas como usted.",
        ),
        [
            t(
                "The time and place of the circle worked for me.",
                "El horario y el lugar del círculo me funcionaron.",
            ),
            t(
                "The program was in a language I am comfortable in.",
                "El programa fue en un idioma en el que me siento cómodo.",
            ),
            t(
                "I would recommend this circle to someone I know.",
                "Recomendaría este círculo a alguien que conozco.",
            ),
        ],
        {
            "start": (
                t(
                    "The program does not yet fit participants’ lives.",
                    "El programa todavía no se ajusta a la vida de los participantes.",
                ),
                t(
                    "Ask participants what would make it easier to come.",
                    "Pregunten a los participantes qué les facilitaría venir.",
                ),
            ),
            "keep": (
                t(
                    "The program fits participants’ lives.",
                    "El programa se ajusta a la vida de los participantes.",
                ),
                t("Keep listening.", "Sigan escuchando."),
            ),
        },
    ),
]
EVALUATION_OPEN_QUESTIONS = [
    t("What helped you most in the circle?", "¿Qué fue lo que más le ayudó en el círculo?"),
    t("What should we change?", "¿Qué deberíamos cambiar?"),
    t("Is there anything else you want us to know?", "¿Hay algo más que quiera que sepamos?"),
]

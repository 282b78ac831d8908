import RelGraphTime

/// A time expression written for these tests (no corpus sentence), the date of the document it
/// appears in, and the normal form it must get ("-" when it must get none).
struct TimeCase {
    let text: String
    let documentDate: String
    let expected: String
}

/// The evaluation set: invented sentences in each language, with the expected ISO 8601 normal form
/// at the expression's precision. `TimeAccuracyTests` prints the accuracy per language.
enum TimeExpressionSet {
    // 2024-06-18 is a Tuesday; 2023-03-01 a Wednesday; 2025-01-06 a Monday.
    static let cases: [TimeLanguage: [TimeCase]] = [
        .fr: [
            TimeCase(text: "Les deux ministres se sont vus ce mercredi 19 juin à Genève.", documentDate: "2024-06-18", expected: "2024-06-19"),
            TimeCase(text: "Le traité a été signé le 1er mars 2022 à Rabat.", documentDate: "2024-06-18", expected: "2022-03-01"),
            TimeCase(text: "En septembre de l'année dernière, le chef de l'État s'était rendu à Oslo.", documentDate: "2024-06-18", expected: "2023-09"),
            TimeCase(text: "Le sommet avait eu lieu il y a 24 ans.", documentDate: "2024-06-18", expected: "2000"),
            TimeCase(text: "Ce mardi, la délégation arrivera à Lima.", documentDate: "2024-06-18", expected: "2024-06-18"),
            TimeCase(text: "Hier, le ministre a démenti toute négociation.", documentDate: "2024-06-18", expected: "2024-06-17"),
            TimeCase(text: "L'accord sera ratifié demain par le Parlement.", documentDate: "2024-06-18", expected: "2024-06-19"),
            TimeCase(text: "Les deux pays avaient rompu leurs relations en 2019.", documentDate: "2024-06-18", expected: "2019"),
            TimeCase(text: "Les frappes ont repris le mois dernier.", documentDate: "2024-06-18", expected: "2024-05"),
            TimeCase(text: "L'an dernier, les exportations ont doublé.", documentDate: "2024-06-18", expected: "2023"),
            TimeCase(text: "La visite est prévue en novembre 2025.", documentDate: "2024-06-18", expected: "2025-11"),
            TimeCase(text: "Samedi dernier, l'armée a bombardé la ville.", documentDate: "2024-06-18", expected: "2024-06-15"),
            TimeCase(text: "Le président recevra son homologue lundi prochain.", documentDate: "2024-06-18", expected: "2024-06-24"),
            TimeCase(text: "Selon le communiqué publié le 03/02/2021, les sanctions sont levées.", documentDate: "2024-06-18", expected: "2021-02-03"),
            TimeCase(text: "Il y a trois mois, le Premier ministre démissionnait.", documentDate: "2024-06-18", expected: "2024-03"),
            TimeCase(text: "Cette année, la coalition a perdu deux alliés.", documentDate: "2024-06-18", expected: "2024"),
            TimeCase(text: "Avant-hier, les négociateurs ont quitté la table.", documentDate: "2024-06-18", expected: "2024-06-16"),
            TimeCase(text: "En décembre dernier, le Conseil avait adopté une résolution.", documentDate: "2024-06-18", expected: "2023-12"),
            TimeCase(text: "Le cessez-le-feu tient depuis des semaines, sans date précise.", documentDate: "2024-06-18", expected: "-"),
            TimeCase(text: "Mi-juillet, une nouvelle réunion doit se tenir.", documentDate: "2024-06-18", expected: "2024-07"),
            TimeCase(text: "L'accord de 2015 reste en vigueur, selon le ministre.", documentDate: "2024-06-18", expected: "-"),
            TimeCase(text: "Le pays a envoyé 2000 soldats en renfort.", documentDate: "2024-06-18", expected: "-"),
        ],
        .en: [
            TimeCase(text: "The two leaders met on June 19, 2024 in Geneva.", documentDate: "2024-06-20", expected: "2024-06-19"),
            TimeCase(text: "Last September, the minister flew to Nairobi.", documentDate: "2024-06-18", expected: "2023-09"),
            TimeCase(text: "The embassy reopened on Monday.", documentDate: "2024-06-18", expected: "2024-06-17"),
            TimeCase(text: "The sanctions were first imposed in 2019.", documentDate: "2024-06-18", expected: "2019"),
            TimeCase(text: "Talks collapsed two years ago.", documentDate: "2024-06-18", expected: "2022"),
            TimeCase(text: "Yesterday the navy intercepted a tanker.", documentDate: "2024-06-18", expected: "2024-06-17"),
            TimeCase(text: "The president will visit Lagos tomorrow.", documentDate: "2024-06-18", expected: "2024-06-19"),
            TimeCase(text: "Last year, the alliance admitted two members.", documentDate: "2024-06-18", expected: "2023"),
            TimeCase(text: "The treaty was signed on 4 March 2021.", documentDate: "2024-06-18", expected: "2021-03-04"),
            TimeCase(text: "A summit is planned for next month.", documentDate: "2024-06-18", expected: "2024-07"),
            TimeCase(text: "Troops crossed the border last Friday.", documentDate: "2024-06-18", expected: "2024-06-14"),
            TimeCase(text: "The ministers will meet next Tuesday.", documentDate: "2024-06-18", expected: "2024-06-25"),
            TimeCase(text: "In March last year the government fell.", documentDate: "2024-06-18", expected: "2023-03"),
            TimeCase(text: "Elections are expected in October 2025.", documentDate: "2024-06-18", expected: "2025-10"),
            TimeCase(text: "Three days ago the rebels seized the airport.", documentDate: "2024-06-18", expected: "2024-06-15"),
            TimeCase(text: "Earlier this year the court ruled against the ban.", documentDate: "2024-06-18", expected: "2024"),
            TimeCase(text: "The deal, dated 2023-11-30, was never ratified.", documentDate: "2024-06-18", expected: "2023-11-30"),
            TimeCase(text: "They may sign the accord soon.", documentDate: "2024-06-18", expected: "-"),
            TimeCase(text: "Protesters march on the capital every week.", documentDate: "2024-06-18", expected: "-"),
            TimeCase(text: "On Thursday, the foreign minister called his counterpart.", documentDate: "2023-03-01", expected: "2023-03-02"),
            TimeCase(text: "The pact of December 12 was the first of its kind.", documentDate: "2025-01-06", expected: "2024-12-12"),
        ],
        .es: [
            TimeCase(text: "Los dos presidentes se reunieron el 19 de junio de 2024 en Quito.", documentDate: "2024-06-20", expected: "2024-06-19"),
            TimeCase(text: "El pasado martes, el canciller viajó a Caracas.", documentDate: "2024-06-20", expected: "2024-06-18"),
            TimeCase(text: "En septiembre del año pasado, el gobierno rompió relaciones.", documentDate: "2024-06-18", expected: "2023-09"),
            TimeCase(text: "El acuerdo se firmó en 2019.", documentDate: "2024-06-18", expected: "2019"),
            TimeCase(text: "Hace 24 años, ambos países firmaron la paz.", documentDate: "2024-06-18", expected: "2000"),
            TimeCase(text: "Ayer, el ejército atacó la frontera.", documentDate: "2024-06-18", expected: "2024-06-17"),
            TimeCase(text: "El año pasado se suspendió la cooperación.", documentDate: "2024-06-18", expected: "2023"),
            TimeCase(text: "El próximo mes llegará la misión a Bogotá.", documentDate: "2024-06-18", expected: "2024-07"),
            TimeCase(text: "La ministra viajará el próximo lunes a Madrid.", documentDate: "2024-06-18", expected: "2024-06-24"),
            TimeCase(text: "El 3 de marzo, la ONU condenó el ataque.", documentDate: "2024-06-18", expected: "2024-03-03"),
            TimeCase(text: "En enero de 2022 comenzó la ofensiva.", documentDate: "2024-06-18", expected: "2022-01"),
            TimeCase(text: "Este año, la inflación se ha duplicado.", documentDate: "2024-06-18", expected: "2024"),
            TimeCase(text: "Mañana el Congreso votará el tratado.", documentDate: "2024-06-18", expected: "2024-06-19"),
            TimeCase(text: "Por la mañana, el presidente recibió al embajador.", documentDate: "2024-06-18", expected: "-"),
            TimeCase(text: "El pasado diciembre, la cumbre fracasó.", documentDate: "2024-06-18", expected: "2023-12"),
            TimeCase(text: "Hace dos meses, el ministro dimitió.", documentDate: "2024-06-18", expected: "2024-04"),
            TimeCase(text: "El viernes, los rebeldes tomaron la ciudad.", documentDate: "2024-06-18", expected: "2024-06-14"),
            TimeCase(text: "El 15/08/2021 se retiraron las tropas.", documentDate: "2024-06-18", expected: "2021-08-15"),
            TimeCase(text: "El mes pasado, ambos gobiernos firmaron un memorando.", documentDate: "2024-06-18", expected: "2024-05"),
            TimeCase(text: "Anteayer el ministro negó las acusaciones.", documentDate: "2024-06-18", expected: "2024-06-16"),
        ],
        .de: [
            TimeCase(text: "Am Dienstag traf der Kanzler den Präsidenten.", documentDate: "2024-06-20", expected: "2024-06-18"),
            TimeCase(text: "Die Minister unterzeichneten am 19. Juni 2024 das Abkommen.", documentDate: "2024-06-20", expected: "2024-06-19"),
            TimeCase(text: "Im September letzten Jahres reiste der Außenminister nach Kiew.", documentDate: "2024-06-18", expected: "2023-09"),
            TimeCase(text: "Im Jahr 2019 wurden die Sanktionen verhängt.", documentDate: "2024-06-18", expected: "2019"),
            TimeCase(text: "Vor 24 Jahren besuchte der Präsident das Land.", documentDate: "2024-06-18", expected: "2000"),
            TimeCase(text: "Gestern griff die Armee die Grenzstadt an.", documentDate: "2024-06-18", expected: "2024-06-17"),
            TimeCase(text: "Im vergangenen Jahr lieferte die Regierung Panzer.", documentDate: "2024-06-18", expected: "2023"),
            TimeCase(text: "Der Vertrag wurde am 19.06.2021 unterzeichnet.", documentDate: "2024-06-18", expected: "2021-06-19"),
            TimeCase(text: "Nächsten Monat soll das Treffen stattfinden.", documentDate: "2024-06-18", expected: "2024-07"),
            TimeCase(text: "Am kommenden Montag reist die Delegation ab.", documentDate: "2024-06-18", expected: "2024-06-24"),
            TimeCase(text: "Im März 2022 begann die Offensive.", documentDate: "2024-06-18", expected: "2022-03"),
            TimeCase(text: "Heute Morgen erklärte die Sprecherin den Rückzug.", documentDate: "2024-06-18", expected: "2024-06-18"),
            TimeCase(text: "Am Morgen landete die Maschine in Berlin.", documentDate: "2024-06-18", expected: "-"),
            TimeCase(text: "Vor drei Tagen wurde die Botschaft geschlossen.", documentDate: "2024-06-18", expected: "2024-06-15"),
            TimeCase(text: "Dieses Jahr wird der Gipfel in Rom ausgerichtet.", documentDate: "2024-06-18", expected: "2024"),
            TimeCase(text: "Im vergangenen Dezember scheiterten die Gespräche.", documentDate: "2024-06-18", expected: "2023-12"),
            TimeCase(text: "Letzten Monat verhängte die EU neue Sanktionen.", documentDate: "2024-06-18", expected: "2024-05"),
            TimeCase(text: "Am vergangenen Freitag wurde der Botschafter einbestellt.", documentDate: "2024-06-18", expected: "2024-06-14"),
            TimeCase(text: "Morgen entscheidet der Bundestag über das Mandat.", documentDate: "2024-06-18", expected: "2024-06-19"),
            TimeCase(text: "Vorgestern sprachen die Außenminister miteinander.", documentDate: "2024-06-18", expected: "2024-06-16"),
        ],
    ]
}

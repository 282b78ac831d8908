/// The words of one language that time expressions are built from, folded (lower case, no accents,
/// ß as ss): month and weekday names, counting words and units. ``TimePatterns`` combines them.
struct TimeVocabulary: Sendable {
    /// Folded month name or abbreviation → 1…12.
    let months: [String: Int]
    /// Folded weekday name → 1 (Monday) … 7 (Sunday).
    let weekdays: [String: Int]
    /// Counting words for "il y a deux ans" → 2.
    let numbers: [String: Int]
    /// Folded unit word → unit ("ans" → .year).
    let units: [String: TimeUnit]
    /// Month names that are also common words ("may", "march"): read only when capitalised.
    let capitalizedOnly: Set<String>

    static func of(_ language: TimeLanguage) -> TimeVocabulary {
        switch language {
        case .fr: return french
        case .en: return english
        case .es: return spanish
        case .de: return german
        }
    }

    private static func numbered(_ names: [String]) -> [String: Int] {
        var table: [String: Int] = [:]
        for (index, group) in names.enumerated() {
            for name in group.split(separator: "|") { table[String(name)] = index + 1 }
        }
        return table
    }

    private static func units(year: String, month: String, week: String, day: String) -> [String: TimeUnit] {
        var table: [String: TimeUnit] = [:]
        for (forms, unit) in [(year, TimeUnit.year), (month, .month), (week, .week), (day, .day)] {
            for form in forms.split(separator: "|") { table[String(form)] = unit }
        }
        return table
    }

    static let french = TimeVocabulary(
        months: numbered(["janvier|janv", "fevrier|fevr", "mars", "avril|avr", "mai", "juin", "juillet|juil",
                          "aout", "septembre|sept", "octobre|oct", "novembre|nov", "decembre|dec"]),
        weekdays: numbered(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
        numbers: numbered(["un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
                           "onze", "douze"]).merging(["quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50]) { a, _ in a },
        units: units(year: "an|ans|annee|annees", month: "mois", week: "semaine|semaines", day: "jour|jours"),
        capitalizedOnly: [])

    static let english = TimeVocabulary(
        months: numbered(["january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun", "july|jul",
                          "august|aug", "september|sept|sep", "october|oct", "november|nov", "december|dec"]),
        weekdays: numbered(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]),
        numbers: numbered(["a|an|one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "eleven", "twelve"]).merging(["fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50]) { a, _ in a },
        units: units(year: "year|years", month: "month|months", week: "week|weeks", day: "day|days"),
        capitalizedOnly: ["may", "march", "mar", "jan", "sept", "sep", "oct", "nov", "dec", "aug", "jun", "jul", "apr", "feb"])

    static let spanish = TimeVocabulary(
        months: numbered(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                          "septiembre|setiembre", "octubre", "noviembre", "diciembre"]),
        weekdays: numbered(["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"]),
        numbers: numbered(["un|una|uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
                           "once", "doce"]).merging(["quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50]) { a, _ in a },
        units: units(year: "ano|anos", month: "mes|meses", week: "semana|semanas", day: "dia|dias"),
        capitalizedOnly: [])

    static let german = TimeVocabulary(
        months: numbered(["januar|janner|jan", "februar|feb", "marz", "april|apr", "mai", "juni", "juli", "august|aug",
                          "september|sept|sep", "oktober|okt", "november|nov", "dezember|dez"]),
        weekdays: numbered(["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag|sonnabend", "sonntag"]),
        numbers: numbered(["ein|einem|einer|eins", "zwei", "drei", "vier", "funf", "sechs", "sieben", "acht", "neun", "zehn",
                           "elf", "zwolf"]).merging(["funfzehn": 15, "zwanzig": 20, "dreissig": 30, "vierzig": 40, "funfzig": 50]) { a, _ in a },
        units: units(year: "jahr|jahre|jahren|jahres", month: "monat|monate|monaten|monats", week: "woche|wochen",
                     day: "tag|tage|tagen"),
        capitalizedOnly: [])
}

/// The unit of a counted span ("il y a 24 ans", "three weeks ago").
enum TimeUnit: Sendable {
    case year, month, week, day
}

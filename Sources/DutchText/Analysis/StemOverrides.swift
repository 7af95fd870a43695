/// Hand-picked stems for words that Porter's Dutch stemmer gets badly wrong in parliamentary text,
/// in the spirit of Lucene's `StemmerOverrideFilter` (which ships `fiets`, `ei → eier`, `kind → kinder`).
///
/// Keys are folded surface words; values are the stem emitted instead of Porter's. Consulted before the
/// `-ies` rule and Porter. Each entry says what Porter does and why that hurts.
public enum StemOverrides {
    public static let table: [String: String] = [
        // Porter: `over` — the preposition ("about"), in nearly every question. The government is a
        // core search term and must not match every "vragen over …".
        "overheid": "overheid", "overheden": "overheid",
        // Porter: `zak` (bag, pocket; also `zakken`). `zaak` (case, matter) is everywhere: zaaknummer,
        // Justitie, "de zaak-X".
        "zaak": "zaak", "zaken": "zaak",
        // Porter: `mens` → `men` (the pronoun "one"), apart from `mensen` → `mens`.
        "mens": "mens",
        // Porter: `minder`/`meerder` (less/more): a parliamentary minority/majority is not "minder".
        "minderheid": "minderheid", "minderheden": "minderheid",
        "meerderheid": "meerderheid", "meerderheden": "meerderheid",
        // Irregular plurals Porter cannot relate: `kinder`, `led`, `kamerled`.
        "kinderen": "kind", "leden": "lid", "kamerleden": "kamerlid",
        // Porter undoubles only kk/dd/tt: `gezinn`, `staatssecretariss` miss their singulars.
        "gezinnen": "gezin", "staatssecretarissen": "staatssecretaris",
        // f/v alternation: `bedrijv`, `briev` miss `bedrijf`, `brief`.
        "bedrijven": "bedrijf", "brieven": "brief",
        // `-s` plural after `-e`: Porter keeps `gemeentes` whole, apart from `gemeente`/`gemeenten` → `gemeent`.
        "gemeentes": "gemeent",
    ]
}

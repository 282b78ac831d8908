import RelGraphCore

/// The key drawn beside a diagram: only the actor and relation types it actually contains,
/// actor types on the left and relation types on the right, so it stays short.
///
/// Memory note: Graphviz 2.42 leaks a few kilobytes on every HTML-like label it lays out
/// (measured in `Benchmarks/render`); callers rendering thousands of diagrams in one process
/// should turn the legend off (``DiagramOptions/legend``). Edge labels are plain for this reason.
enum Legend {
    /// An HTML-like table for a `shape=plain` node; `note` is an extra line under the key.
    static func markup(actorTypes: [ActorType], relationTypes: [RelationType], note: String?, style: DiagramStyle) -> String {
        var rows = "<TR><TD COLSPAN=\"4\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>"
        for row in 0..<max(actorTypes.count, relationTypes.count) {
            rows += "<TR>"
            if row < actorTypes.count {
                let look = style.look(actorTypes[row])
                rows += "<TD BGCOLOR=\"\(look.fill)\" COLOR=\"\(look.border)\" BORDER=\"1\" WIDTH=\"24\"> </TD>"
                    + "<TD ALIGN=\"LEFT\">\(DOTEscaping.html(actorTypes[row].rawValue))</TD>"
            } else {
                rows += "<TD></TD><TD></TD>"
            }
            if row < relationTypes.count {
                let look = style.look(relationTypes[row])
                rows += "<TD><FONT COLOR=\"\(look.color)\">\(stroke(look.line))</FONT></TD>"
                    + "<TD ALIGN=\"LEFT\">\(DOTEscaping.html(look.caption))</TD>"
            } else {
                rows += "<TD></TD><TD></TD>"
            }
            rows += "</TR>"
        }
        if let note {
            rows += "<TR><TD COLSPAN=\"4\" ALIGN=\"LEFT\"><FONT COLOR=\"#64748b\">\(DOTEscaping.html(note))</FONT></TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\">" + rows + "</TABLE>"
    }

    /// A short run of characters that looks like the line style.
    private static func stroke(_ line: String) -> String {
        switch line {
        case "dashed": return "<B>– – –</B>"
        case "dotted": return "<B>· · · ·</B>"
        // Heavy strokes: a thin line shows too little colour to tell the hues apart.
        case "bold": return "<FONT POINT-SIZE=\"16\"><B>━━━</B></FONT>"
        default: return "<B>━━━</B>"
        }
    }
}

import RelGraphCore

/// The key drawn beside a diagram: only the actor and relation types it actually contains.
enum Legend {
    /// An HTML-like table for a `shape=plain` node.
    static func markup(actorTypes: [ActorType], relationTypes: [RelationType], style: DiagramStyle) -> String {
        var rows = "<TR><TD COLSPAN=\"2\"><B>Legend</B></TD></TR>"
        for type in actorTypes {
            let look = style.look(type)
            rows += "<TR><TD BGCOLOR=\"\(look.fill)\" COLOR=\"\(look.border)\" BORDER=\"1\" WIDTH=\"28\"> </TD>"
                + "<TD ALIGN=\"LEFT\">\(DOTEscaping.html(type.rawValue))</TD></TR>"
        }
        for type in relationTypes {
            let look = style.look(type)
            rows += "<TR><TD><FONT COLOR=\"\(look.color)\">\(stroke(look.line))</FONT></TD>"
                + "<TD ALIGN=\"LEFT\">\(DOTEscaping.html(look.caption))</TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">" + rows + "</TABLE>"
    }

    /// A short run of characters that looks like the line style.
    private static func stroke(_ line: String) -> String {
        switch line {
        case "dashed": return "<B>– – –</B>"
        case "dotted": return "<B>· · · ·</B>"
        case "bold": return "<B>━━━</B>"
        default: return "<B>───</B>"
        }
    }
}

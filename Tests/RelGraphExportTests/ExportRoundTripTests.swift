import Foundation
import RelGraphCore
@testable import RelGraphExport
import RelGraphTestSupport
import Testing

/// GraphML and the Neo4j CSV files are read back by independent parsers (NetworkX; Python's csv
/// module with Neo4j's documented header rules) and rebuilt into a graph that must equal the
/// graph JSON field by field: evidence documents, sentences, spans and dates, unrounded
/// confidence, aliases and attributes, whatever characters they hold.
@Suite struct ExportRoundTripTests {
    /// The summit graph made hostile: separators of every format inside values, spans, dates, a
    /// confidence that 3 decimals would round to 0, attribute keys that clash with columns.
    var graph: RelationshipGraph {
        var graph = SampleGraphs.summit
        graph.nodes[0].aliases = ["semi;colon", "comma, and \"quotes\"", "line\nbreak", "tab\there", "; ", "a;b;c"]
        graph.nodes[1].attributes["label"] = "not the label"
        graph.nodes[1].attributes["name:with:colons"] = "x;y"
        graph.nodes[2].label = "Ana \"A;B\" Silva, <&>"
        graph.edges[0].confidence = 1e-7
        graph.edges[0].attributes = ["start": "2020", "evidence": "an attribute named like a column"]
        graph.edges[0].evidence.append(Evidence(document: "dir;with/semi colon.txt", sentence: "Line one\nline two; \"quoted\" ,\r\n",
                                                start: 1_000_000, end: 1_000_031, date: "2024-06"))
        graph.edges[1].evidence.append(Evidence(document: "t.txt", sentence: "Second  sentence;", start: 80, end: 97, date: "2024"))
        return graph.canonicalized()
    }

    /// The graph as plain JSON values, in the graph JSON's field names.
    func expected(_ graph: RelationshipGraph) throws -> Data {
        let nodes = graph.nodes.map { actor -> [String: Any] in
            ["id": actor.id, "type": actor.type.rawValue, "label": actor.label, "aliases": actor.aliases, "attributes": actor.attributes]
        }
        let edges = graph.edges.map { relation -> [String: Any] in
            ["source": relation.source, "target": relation.target, "type": relation.type.rawValue,
             "confidence": relation.confidence, "attributes": relation.attributes, "symmetric": relation.type.isSymmetric,
             "evidence": relation.evidence.map { evidence -> [String: Any] in
                 var object: [String: Any] = ["document": evidence.document, "sentence": evidence.sentence,
                                              "start": evidence.start, "end": evidence.end]
                 if let date = evidence.date { object["date"] = date }
                 return object
             }]
        }
        return try JSONSerialization.data(withJSONObject: ["nodes": nodes, "edges": edges])
    }

    func differences(_ script: String, _ payload: [String: Any]) throws -> [String] {
        let output = try Python.run(script, input: try JSONSerialization.data(withJSONObject: payload))
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String])
    }

    static let compare = """
        def compare(expected, nodes, edges, problems):
            want_nodes = {n["id"]: n for n in expected["nodes"]}
            if set(nodes) != set(want_nodes):
                problems.append(f"node ids differ: {sorted(set(nodes) ^ set(want_nodes))}")
            for key, node in want_nodes.items():
                for field in ("type", "label", "aliases", "attributes"):
                    if nodes.get(key, {}).get(field) != node[field]:
                        problems.append(f"node {key} {field}: {nodes.get(key, {}).get(field)!r} != {node[field]!r}")
            want_edges = {(e["source"], e["type"], e["target"]): e for e in expected["edges"]}
            if set(edges) != set(want_edges):
                problems.append(f"edges differ: {sorted(set(edges) ^ set(want_edges))}")
            for key, edge in want_edges.items():
                for field in ("confidence", "attributes", "evidence", "symmetric"):
                    if edges.get(key, {}).get(field) != edge[field]:
                        problems.append(f"edge {key} {field}: {edges.get(key, {}).get(field)!r} != {edge[field]!r}")
        """

    @Test func graphMLReadByNetworkXEqualsTheGraph() throws {
        let graph = self.graph
        let script = Self.compare + """

            import io, json, sys, networkx as nx
            payload = json.load(sys.stdin)
            expected = json.loads(payload["expected"])
            g = nx.read_graphml(io.BytesIO(payload["graphml"].encode()))
            problems = []
            nodes = {n: {"type": d["type"], "label": d["label"], "aliases": json.loads(d["aliases_json"]),
                         "attributes": json.loads(d["attributes_json"])} for n, d in g.nodes(data=True)}
            triples = g.edges(keys=True, data=True) if g.is_multigraph() else ((u, v, d["id"], d) for u, v, d in g.edges(data=True))
            edges, directions = {}, {}
            for u, v, key, d in triples:
                directions.setdefault(d["relation"], set()).add((u, v))
                if str(key).endswith("r"):
                    continue  # the reverse half of a symmetric relation
                edges[(u, d["type"], v)] = {"confidence": d["confidence"], "attributes": json.loads(d["attributes_json"]),
                                            "evidence": json.loads(d["evidence_json"]), "symmetric": d["symmetric"],
                                            "relation": d["relation"]}
            compare(expected, nodes, edges, problems)
            for (u, t, v), edge in edges.items():
                want = {(u, v), (v, u)} if edge["symmetric"] and u != v else {(u, v)}
                if directions[edge["relation"]] != want:
                    problems.append(f"{t} {u} {v}: directions {directions[edge['relation']]}")
            print(json.dumps(problems))
            """
        let problems = try differences(script, ["expected": String(decoding: try expected(graph), as: UTF8.self),
                                                "graphml": GraphMLWriter.write(graph)])
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func neo4jCSVReadBackEqualsTheGraphAndFollowsTheHeaderFormat() throws {
        let graph = self.graph
        let script = Self.compare + """

            import csv, io, json, re, sys
            payload = json.load(sys.stdin)
            expected = json.loads(payload["expected"])
            problems = []
            # neo4j-admin database import: a header field is name:type, :ID / name:ID(group), :LABEL,
            # :START_ID, :END_ID, :TYPE or :IGNORE; types are the documented scalars, [] for arrays.
            types = "int|long|float|double|boolean|byte|short|char|string|point|date|localtime|time|localdatetime|datetime|duration"
            field = re.compile(rf"^(?:[^:]+(?::(?:(?:{types})(?:\\[\\])?|ID(?:\\([^)]*\\))?))?|:(?:ID|LABEL|START_ID|END_ID|TYPE|IGNORE))$")
            def table(text, required):
                rows = list(csv.reader(io.StringIO(text, newline="")))
                header = rows[0]
                for name in header:
                    if not field.match(name):
                        problems.append(f"header field {name!r} is not in Neo4j's format")
                for name in required:
                    if sum(1 for h in header if h == name or h.endswith(name)) != 1:
                        problems.append(f"header needs one {name}: {header}")
                if len(set(h.split(":")[0] for h in header if not h.startswith(":"))) != sum(1 for h in header if not h.startswith(":")):
                    problems.append(f"two columns name one property: {header}")
                for row in rows[1:]:
                    if len(row) != len(header):
                        problems.append(f"row of {len(row)} fields under {len(header)} columns")
                return [dict(zip(header, row)) for row in rows[1:]]
            nodes = {}
            for row in table(payload["nodes"], [":ID", ":LABEL"]):
                labels = row[":LABEL"].split(";")
                nodes[row["id:ID"]] = {"type": labels[1].lower(), "label": row["name"],
                                       "aliases": json.loads(row["aliases_json"]), "attributes": json.loads(row["attributes_json"])}
                if labels[0] != "Actor":
                    problems.append(f"labels {labels}")
            edges = {}
            for row in table(payload["relationships"], [":START_ID", ":END_ID", ":TYPE"]):
                key = (row[":START_ID"], row[":TYPE"].lower(), row[":END_ID"])
                if key in edges:
                    problems.append(f"relationship {key} written twice")
                edges[key] = {"confidence": float(row["confidence:double"]), "attributes": json.loads(row["attributes_json"]),
                              "evidence": json.loads(row["evidence_json"]), "symmetric": row["symmetric:boolean"] == "true"}
            compare(expected, nodes, edges, problems)
            print(json.dumps(problems))
            """
        let problems = try differences(script, ["expected": String(decoding: try expected(graph), as: UTF8.self),
                                                "nodes": Neo4jCSVWriter.nodes(graph),
                                                "relationships": Neo4jCSVWriter.relationships(graph)])
        #expect(problems.isEmpty, "\(problems)")
    }
}

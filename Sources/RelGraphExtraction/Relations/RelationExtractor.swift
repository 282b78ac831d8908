import RelGraphCore

/// Reads typed relations from one sentence: triggers from the language's lexicon, their
/// arguments found by position (subject before, object after, agent of a passive, possessor
/// or nationality adjective of a noun), filtered by the relation's signature.
struct RelationExtractor: Sendable {
    /// How far an argument may stand from its trigger, in tokens.
    static let leftWindow = 18
    static let rightWindow = 14
    /// A symmetric trigger ("summit", "met") takes its first partner close before it.
    static let symmetricLeftWindow = 8
    /// A noun's patient follows it closely: "the invasion of Ukraine", "sanctions against Iran".
    static let nounRightWindow = 5
    /// How far the subject of a clause may stand from a relation noun.
    static let nounSubjectWindow = 7
    /// "X is a member of Y": membership nouns need their subject right before them.
    static let membershipSubjectWindow = 3
    /// A participle with its agent and no auxiliary ("Russia, accused by") qualifies the actor
    /// right before it: a comma or "étant" may stand between.
    static let participlePatientWindow = 2
    /// Tokens allowed between a symmetric trigger and a pair reference naming its participants.
    static let pairReferenceWindow = 3

    /// The organization the article is about (``GoverningBody``): the imposer of measures the
    /// text reports without naming who took them.
    var governingBody: String? = nil

    func relations(in reading: SentenceMentions, document: AnalyzedDocument) -> [FoundRelation] {
        let groups = ArgumentGroups(reading: reading, document: document)
        var found: [FoundRelation] = []
        var index = reading.sentence.tokens.lowerBound
        let end = reading.sentence.tokens.upperBound
        while index < end {
            let triggers = document.triggerStarts[index].filter { index + $0.phrase.tokens.count <= end }
            guard let longest = triggers.first else {
                index += 1
                continue
            }
            let span = index..<(index + longest.phrase.tokens.count)
            // A trigger inside an actor's name ("Sanctions Committee") is part of the name.
            if groups.isInsideMention(span) {
                index = span.upperBound
                continue
            }
            let clause = groups.clause(around: span)
            let reading = Modality.read(trigger: span, clause: clause, phrase: longest.phrase, in: document)
            if reading != .negated {
                var chosen = triggers.filter {
                    $0.phrase.tokens.count == longest.phrase.tokens.count && $0.phrase.prefixLast == longest.phrase.prefixLast
                }
                // "l'attaque iranienne contre Israël": after a determiner a word that could be a
                // verb is the noun, whose agent is its adjective or possessor, not the clause subject.
                if groups.followsDeterminer(span.lowerBound) {
                    let nouns = triggers.filter { $0.roles == .noun && $0.phrase.tokens.count == longest.phrase.tokens.count }
                    if !nouns.isEmpty { chosen = nouns }
                }
                for trigger in chosen {
                    if trigger.relation == .cooperate,
                       Modality.isBrokenRelationship(trigger: span, clause: clause, phrase: trigger.phrase, in: document) { continue }
                    // "les obus tirés contre le Chili ont été vendus par la Bolivie": whoever a thing is
                    // used against is not whom it was supplied to.
                    var relations = arguments(of: trigger, at: span, clause: clause, groups: groups, document: document)
                        .filter { $0.type != .supply || !groups.isOpposed($0.target, within: clause) }
                    if reading == .possible {
                        relations = relations.map { var relation = $0; relation.modality = "possible"; relation.confidence /= 2; return relation }
                    }
                    found += relations
                }
            }
            index = span.upperBound
        }
        return found
    }

    /// Whether a word, as written, ends in one of `endings` (``LanguageCues/participleEndings``)
    /// after a stem of at least ``participleStemLength`` letters ("accused", not "red").
    static func isPastParticiple(_ word: String, endings: [String]) -> Bool {
        let word = word.lowercased()
        return endings.contains { word.hasSuffix($0) && word.count >= $0.count + participleStemLength }
    }

    /// The fewest letters a participle has before its ending.
    static let participleStemLength = 3

    private func arguments(of trigger: RelationTrigger, at span: Range<Int>, clause: Range<Int>, groups: ArgumentGroups,
                           document: AnalyzedDocument) -> [FoundRelation] {
        let type = trigger.relation
        let signature = RelationSignature.of(type)
        let cues = document.cues
        let tokens = document.tokens
        // German writes every noun with a capital: a noun row's form written in lower case
        // ("hat die Ukraine angegriffen", "greift … an", "bombardierte") is the verb, whose
        // subject and object stand where a verb's do, also both before it at the clause's end.
        let roles = trigger.roles == .noun && cues.capitalisesNouns && !tokens[span.lowerBound].isCapitalized
            ? .subjectObject : trigger.roles
        var sourceTypes = signature.sources, targetTypes = signature.targets
        if roles == .objectSubject { swap(&sourceTypes, &targetTypes) }
        let allTypes = signature.sources.union(signature.targets)

        // Passive voice: "X a été frappé par Y", "was supplied by Y", or a participle with its
        // agent and no auxiliary ("Russia, accused by Ukraine of …", "la Russie étant accusée par").
        let auxiliaryPassive = (max(clause.lowerBound, span.lowerBound - 3)..<span.lowerBound).contains {
            cues.passiveAuxiliaries.contains(tokens[$0].folded)
        }
        let participlePassive = !auxiliaryPassive && span.upperBound < clause.upperBound
            && cues.agentPrepositions.contains(tokens[span.upperBound].folded)
            && Self.isPastParticiple(tokens[span.upperBound - 1].text, endings: cues.participleEndings)
        let passive = auxiliaryPassive || participlePassive
        // A participle without an auxiliary qualifies what stands right before it ("Russia,
        // accused by Ukraine"), not an actor earlier in the sentence ("Voice of America reports
        // … a meeting chaired by Prime Minister Barre").
        let patientWindow = participlePassive ? Self.participlePatientWindow : Self.leftWindow
        var agentGroup: [Mention]?
        if roles != .symmetric, span.upperBound < clause.upperBound, cues.agentPrepositions.contains(tokens[span.upperBound].folded) {
            agentGroup = groups.right(of: span.upperBound + 1, within: clause, window: 4, types: signature.sources)
            if !passive && roles != .noun { agentGroup = nil }
        }

        var left: [Mention], right: [Mention]
        switch roles {
        case .symmetric:
            left = groups.left(of: span.lowerBound, within: clause, window: Self.symmetricLeftWindow, types: allTypes) ?? []
            // "Okafor met Lindqvist, after talks with Haddad": a meeting *with* someone is the subject's.
            if span.upperBound < clause.upperBound, cues.comitatives.contains(tokens[span.upperBound].folded),
               let subject = groups.first(within: clause, before: span.lowerBound, types: allTypes) {
                left = subject
            }
            if let holder = groups.titleHolder(completedBy: left) { left = holder }
            // "attacks on American and British targets … in solidarity": a nationality adjective
            // qualifies the noun after it; only right before the trigger ("Russian-Chinese
            // cooperation") does it name a participant.
            left = left.filter { $0.kind != .demonym || span.lowerBound - $0.tokens.upperBound <= 1 }
            // A meeting joins actors of one kind: after a person, look for persons.
            let partnerTypes = type == .meet && !left.isEmpty ? Set(left.map(\.type)) : allTypes
            // "in the Peruvian capital": a nationality adjective after the trigger is no partner.
            right = (groups.right(of: span.upperBound, within: clause, window: Self.rightWindow, types: partnerTypes) ?? [])
                .filter { $0.kind != .demonym && !groups.hasTimePreposition(between: span.upperBound, and: $0.tokens.lowerBound) }
                // "relations …, in a statement released by the ministry": an actor after "by" is the
                // agent of another verb, not a partner.
                .filter { !groups.isIntroducedByAgent($0) }
            // "talks between the two leaders": a pair reference is the trigger's participants right
            // after it; farther on ("the meeting will deepen the ties the two countries built") it
            // belongs to a clause of its own.
            right = right.filter { !groups.isPairReference($0) || $0.tokens.lowerBound - span.upperBound <= Self.pairReferenceWindow }
            if right.isEmpty, left.count == 1, cues.verbFinal,
               let (subject, object) = groups.twoLeft(of: span.lowerBound, within: clause, window: Self.leftWindow,
                                                      subjectTypes: partnerTypes, objectTypes: partnerTypes) {
                left = subject
                right = object
            }
            var found = symmetricPairs(left: left, right: right, type: type, signature: signature)
            // "X a rencontré Y à Lima": meeting somewhere means the subject travelled there.
            if type == .meet, Set(right.map(\.actorID)).count == 1, !found.isEmpty,
               let place = groups.placeAfter(span.upperBound, within: clause) {
                for person in left where person.type == .person {
                    found.append(FoundRelation(source: person.actorID, target: place.actorID, type: .visit, confidence: 0.5))
                }
            }
            return found
        case .noun:
            let possessor = groups.possessor(before: span.lowerBound, types: signature.sources)
                ?? groups.adjacentDemonym(to: span, types: signature.sources)
            let after = groups.right(of: span.upperBound, within: clause, window: Self.nounRightWindow, types: allTypes,
                                     excluding: possessor) ?? []
            if let agentGroup {
                // "was attacked by Y" (patient before) or "the invasion of X by Y" (patient after).
                let patients = passive
                    ? groups.left(of: span.lowerBound, within: clause, window: patientWindow, types: targetTypes) ?? []
                    : groups.right(of: span.upperBound, within: clause, window: Self.rightWindow, types: targetTypes,
                                   excluding: agentGroup) ?? []
                return pairs(agentGroup, patients, type: type, signature: signature, confidence: 0.6)
            }
            if let possessor {
                var patients = after.filter { targetTypes.contains($0.type) }
                if let compound = groups.compound(before: span.lowerBound), targetTypes.contains(compound.type),
                   !possessor.contains(compound) {
                    patients = [compound]
                }
                return pairs(possessor, patients, type: type, signature: signature, confidence: 0.65)
            }
            // "la visite de M. Okafor au Pérou": agent then patient after the noun.
            let sourcesAfter = after.filter { sourceTypes.contains($0.type) }
            if let firstSource = sourcesAfter.first, firstSource.tokens.lowerBound <= span.upperBound + 3,
               span.upperBound < clause.upperBound,
               cues.ofPrepositions.contains(tokens[span.upperBound].folded) || cues.agentPrepositions.contains(tokens[span.upperBound].folded),
               let patients = groups.right(of: firstSource.tokens.upperBound, within: clause, window: 6, types: targetTypes,
                                           excluding: [firstSource]),
               patients.allSatisfy({ $0.actorID != firstSource.actorID }) {
                return pairs([firstSource], patients, type: type, signature: signature, confidence: 0.6)
            }
            // "talked about the war in Ukraine", "a évoqué la guerre en Ukraine": a conflict named with a
            // definite article and its place, after a word of topic or "of", is one the sentence
            // speaks of; whoever wages it is its possessor or agent (above), not the clause subject
            // ("Russia continued the war in Ukraine" keeps its subject).
            if type == .attack, let last = trigger.phrase.tokens.last, cues.placePrepositions.contains(last),
               groups.isTopicOfPhrase(nounAt: span.lowerBound) {
                return []
            }
            // Otherwise the clause subject, when it is close: "la Russie a lancé une invasion de l'Ukraine".
            let window = type == .memberOf ? Self.membershipSubjectWindow : Self.nounSubjectWindow
            left = groups.left(of: span.lowerBound, within: clause, window: window, types: sourceTypes) ?? []
            if left.isEmpty, type == .sanction, let governor = agentlessImposer(clause: clause) {
                return agentlessSanctions(by: governor, after: span, clause: clause, groups: groups, signature: signature)
            }
            return pairs(left, after.filter { targetTypes.contains($0.type) }, type: type, signature: signature, confidence: 0.55)
        case .subjectObject, .objectSubject:
            if passive, let agentGroup {
                // "the shells fired by X against Y were supplied by Z": the patient is X, not the
                // target of the goods, so look past an actor introduced by "against".
                let opposed = type == .supply ? groups.allMentions.filter { groups.isOpposed($0.actorID, within: clause) } : nil
                let patients = groups.left(of: span.lowerBound, within: clause, window: patientWindow, types: signature.targets,
                                           excluding: opposed) ?? []
                return pairs(agentGroup, patients, type: type, signature: signature, confidence: 0.7)
            }
            let leftWindow = type == .memberOf ? Self.membershipSubjectWindow : Self.leftWindow
            left = groups.left(of: span.lowerBound, within: clause, window: leftWindow, types: sourceTypes) ?? []
            right = groups.right(of: span.upperBound, within: clause, window: Self.rightWindow, types: targetTypes) ?? []
            if right.isEmpty, cues.verbFinal {
                if let (agent, patient) = groups.passiveBefore(span.lowerBound, within: clause, window: Self.leftWindow,
                                                               agentTypes: sourceTypes, patientTypes: targetTypes) {
                    return pairs(agent, patient, type: type, signature: signature, confidence: 0.6)
                }
                if let (subject, object) = groups.twoLeft(of: span.lowerBound, within: clause, window: Self.leftWindow,
                                                          subjectTypes: sourceTypes, objectTypes: targetTypes) {
                    return pairs(subject, object, type: type, signature: signature, confidence: 0.6)
                }
            }
            if roles == .objectSubject {
                // A host receives a guest named right after the verb; "received drones from Iran"
                // names what was received, and whoever sent it is no guest.
                guard let guest = right.first, groups.isDirectObject(guest, after: span.upperBound) else { return [] }
                var found = pairs(right, left, type: type, signature: signature, confidence: 0.65)
                // "Biden hosted Scholz", "Felipe VI ha recibido a Zelenski": a host receiving a
                // guest meets them, as the annotation conventions count it.
                if type == .visit, let hosts = groups.left(of: span.lowerBound, within: clause, window: Self.leftWindow, types: [.person]) {
                    found += pairs(hosts, right.filter { $0.type == .person }, type: .meet, signature: RelationSignature.of(.meet),
                                   confidence: 0.65)
                }
                return found
            }
            return pairs(left, right, type: type, signature: signature, confidence: 0.7)
        }
    }

    /// The article's governing organization, when this clause names no agent of its own: any
    /// actor before the trigger is left to the ordinary subject rules.
    private func agentlessImposer(clause: Range<Int>) -> Mention? {
        guard let governingBody else { return nil }
        return Mention(tokens: clause.lowerBound..<clause.lowerBound, actorID: governingBody, type: .organization, kind: .name,
                       surface: "", label: "")
    }

    /// "Les sanctions visent aussi la compagnie X", "l'organisation a décidé de suspendre les échanges
    /// … avec le pays Y": measures without a named imposer are the governing body's, aimed at the
    /// first named actor after the trigger (a nationality adjective only qualifies a name).
    private func agentlessSanctions(by governor: Mention, after span: Range<Int>, clause: Range<Int>, groups: ArgumentGroups,
                                    signature: RelationSignature) -> [FoundRelation] {
        let adjectives = groups.allMentions.filter { $0.kind == .demonym || $0.actorID == governor.actorID }
        let targets = groups.right(of: span.upperBound, within: clause, window: Self.rightWindow, types: signature.targets,
                                   excluding: adjectives) ?? []
        return pairs([governor], targets, type: .sanction, signature: signature, confidence: 0.45)
    }

    private func pairs(_ sources: [Mention], _ targets: [Mention], type: RelationType, signature: RelationSignature,
                       confidence: Double) -> [FoundRelation] {
        var found: [FoundRelation] = []
        for source in sources {
            // "des drones iraniens": after a supply verb a nationality adjective qualifies the goods.
            for target in targets where source.actorID != target.actorID && signature.allows(source.type, target.type, type: type)
                && !(type == .supply && target.kind == .demonym) {
                found.append(FoundRelation(source: source.actorID, target: target.actorID, type: type, confidence: confidence))
            }
        }
        return found
    }

    /// "A et B se sont rencontrés" (pairs among A, B), "A a rencontré B" (A–B), "talks between A
    /// and B", "the Japan-U.S. alliance" (pairs among the actors after the trigger).
    private func symmetricPairs(left: [Mention], right: [Mention], type: RelationType, signature: RelationSignature) -> [FoundRelation] {
        func among(_ side: [Mention]) -> [FoundRelation] {
            var found: [FoundRelation] = []
            for (offset, first) in side.enumerated() {
                for second in side[(offset + 1)...] where first.actorID != second.actorID
                    && signature.allows(first.type, second.type, type: type) {
                    found.append(FoundRelation(source: first.actorID, target: second.actorID, type: type, confidence: 0.65))
                }
            }
            return found
        }
        if Set(right.map(\.actorID)).count >= 2 { return among(right) }
        var found = pairs(left, right, type: type, signature: signature, confidence: 0.7)
        if Set(left.map(\.actorID)).count >= 2 { found += among(left) }
        return found
    }
}

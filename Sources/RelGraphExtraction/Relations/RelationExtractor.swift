import RelGraphCore

/// Reads typed relations from one sentence: triggers from the language's lexicon, their
/// arguments found by position (subject before, object after, agent of a passive, possessor
/// or nationality adjective of a noun), filtered by the relation's signature.
struct RelationExtractor: Sendable {
    /// How far an argument may stand from its trigger, in tokens.
    static let leftWindow = 18
    static let rightWindow = 14

    func relations(in reading: SentenceMentions, document: AnalyzedDocument) -> [FoundRelation] {
        let cues = document.cues
        let folded = document.foldedTokens
        let groups = ArgumentGroups(reading: reading, document: document)
        var found: [FoundRelation] = []
        var index = reading.sentence.tokens.lowerBound
        let end = reading.sentence.tokens.upperBound
        while index < end {
            let triggers = cues.triggers(in: folded, at: index).filter { index + $0.phrase.tokens.count <= end }
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
            let reading = Modality.read(trigger: span, clause: clause, folded: folded, phrase: longest.phrase, cues: cues)
            if reading != .negated {
                for trigger in triggers where trigger.phrase.tokens.count == longest.phrase.tokens.count
                    && trigger.phrase.prefixLast == longest.phrase.prefixLast {
                    var relations = arguments(of: trigger, at: span, clause: clause, groups: groups, document: document)
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

    private func arguments(of trigger: RelationTrigger, at span: Range<Int>, clause: Range<Int>, groups: ArgumentGroups,
                           document: AnalyzedDocument) -> [FoundRelation] {
        let type = trigger.relation
        let signature = RelationSignature.of(type)
        let cues = document.cues
        let tokens = document.tokens
        var sourceTypes = signature.sources, targetTypes = signature.targets
        if trigger.roles == .objectSubject { swap(&sourceTypes, &targetTypes) }
        let allTypes = signature.sources.union(signature.targets)

        // Passive voice: "X a été frappé par Y", "was supplied by Y".
        let passive = (max(clause.lowerBound, span.lowerBound - 3)..<span.lowerBound).contains {
            cues.passiveAuxiliaries.contains(tokens[$0].folded)
        }
        var agentGroup: [Mention]?
        if trigger.roles != .symmetric, span.upperBound < clause.upperBound, cues.agentPrepositions.contains(tokens[span.upperBound].folded) {
            agentGroup = groups.right(of: span.upperBound + 1, within: clause, window: 4, types: signature.sources)
            if !passive && trigger.roles != .noun { agentGroup = nil }
        }

        var left: [Mention], right: [Mention]
        switch trigger.roles {
        case .symmetric:
            left = groups.left(of: span.lowerBound, within: clause, window: Self.leftWindow, types: allTypes) ?? []
            right = groups.right(of: span.upperBound, within: clause, window: Self.rightWindow, types: allTypes) ?? []
            var found = symmetricPairs(left: left, right: right, type: type, signature: signature)
            // "X a rencontré Y à Kiev": meeting somewhere means the subject travelled there.
            if type == .meet, !found.isEmpty, let place = groups.placeAfter(span.upperBound, within: clause) {
                for person in left where person.type == .person {
                    found.append(FoundRelation(source: person.actorID, target: place.actorID, type: .visit, confidence: 0.5))
                }
            }
            return found
        case .noun:
            let possessor = groups.possessor(before: span.lowerBound, types: signature.sources)
                ?? groups.adjacentDemonym(to: span, types: signature.sources)
            let after = groups.right(of: span.upperBound, within: clause, window: Self.rightWindow, types: allTypes,
                                     excluding: possessor) ?? []
            if let agentGroup {
                // "was attacked by Y" (patient before) or "the invasion of X by Y" (patient after).
                let patients = passive
                    ? groups.left(of: span.lowerBound, within: clause, window: Self.leftWindow, types: targetTypes) ?? []
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
            // "la visite de Poutine en Corée du Nord": agent then patient after the noun.
            let sourcesAfter = after.filter { sourceTypes.contains($0.type) }
            if let firstSource = sourcesAfter.first,
               let patients = groups.right(of: firstSource.tokens.upperBound, within: clause, window: 6, types: targetTypes,
                                           excluding: [firstSource]),
               patients.allSatisfy({ $0.actorID != firstSource.actorID }) {
                return pairs([firstSource], patients, type: type, signature: signature, confidence: 0.6)
            }
            left = groups.left(of: span.lowerBound, within: clause, window: Self.leftWindow, types: sourceTypes) ?? []
            return pairs(left, after.filter { targetTypes.contains($0.type) }, type: type, signature: signature, confidence: 0.55)
        case .subjectObject, .objectSubject:
            if passive, let agentGroup {
                let patients = groups.left(of: span.lowerBound, within: clause, window: Self.leftWindow, types: signature.targets) ?? []
                return pairs(agentGroup, patients, type: type, signature: signature, confidence: 0.7)
            }
            left = groups.left(of: span.lowerBound, within: clause, window: Self.leftWindow, types: sourceTypes) ?? []
            right = groups.right(of: span.upperBound, within: clause, window: Self.rightWindow, types: targetTypes) ?? []
            if right.isEmpty, cues.verbFinal, let (subject, object) = groups.twoLeft(of: span.lowerBound, within: clause, window: Self.leftWindow) {
                return pairs(subject, object, type: type, signature: signature, confidence: 0.6)
            }
            if trigger.roles == .objectSubject { return pairs(right, left, type: type, signature: signature, confidence: 0.65) }
            return pairs(left, right, type: type, signature: signature, confidence: 0.7)
        }
    }

    private func pairs(_ sources: [Mention], _ targets: [Mention], type: RelationType, signature: RelationSignature,
                       confidence: Double) -> [FoundRelation] {
        var found: [FoundRelation] = []
        for source in sources {
            for target in targets where source.actorID != target.actorID && signature.allows(source.type, target.type, type: type) {
                found.append(FoundRelation(source: source.actorID, target: target.actorID, type: type, confidence: confidence))
            }
        }
        return found
    }

    /// "A et B se sont rencontrés" (pairs among A, B), "A a rencontré B" (A–B), "talks between A and B".
    private func symmetricPairs(left: [Mention], right: [Mention], type: RelationType, signature: RelationSignature) -> [FoundRelation] {
        var found = pairs(left, right, type: type, signature: signature, confidence: 0.7)
        // With no actor on one side, the actors on the other side meet each other.
        let together = right.isEmpty ? left : left.isEmpty ? right : []
        for (offset, first) in together.enumerated() {
            for second in together[(offset + 1)...] where first.actorID != second.actorID
                && signature.allows(first.type, second.type, type: type) {
                found.append(FoundRelation(source: first.actorID, target: second.actorID, type: type, confidence: 0.65))
            }
        }
        return found
    }
}

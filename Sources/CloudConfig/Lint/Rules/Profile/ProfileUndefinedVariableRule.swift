/// A `${{ name }}` reference to a variable the profile does not declare, or to one that has no
/// value when the profile is rendered.
package struct ProfileUndefinedVariableRule: Rule {
    package let definition = RuleDescription(
        id: .profileUndefinedVariable, family: .profile, defaultSeverity: .error,
        summary: "A reference to a variable that is not declared or has no value",
        rationale: "Every variable a profile uses is declared under `variables`, with a default or with `null` when "
            + "each host's inventory row gives it; a misspelt reference would otherwise reach a VM as the literal "
            + "text `${{ name }}`.",
        triggeringExamples: [
            RuleExample(
                "cloudcfg-profile: 1\nvariables:\n  domain: example.net\nhostname: web\nfqdn: web.1️⃣${{ domin }}\n",
                message: "did you mean 'domain'?")
        ],
        nonTriggeringExamples: ["cloudcfg-profile: 1\nvariables:\n  host: web\nhostname: ${{ host }}-01\n"],
        examplesIncludeHeader: true)

    /// The rule.
    package init() {}

    /// The finding for a reference to an undeclared variable.
    ///
    /// - Parameters:
    ///   - name: The name referred to.
    ///   - declared: The declared names.
    ///   - range: Where the reference is.
    ///   - keyPath: The value's path in the profile.
    /// - Returns: The diagnostic.
    package func undeclared(_ name: String, declared: [String], at range: SourceRange, keyPath: String?) -> Diagnostic {
        let message = Diagnostic.Message.undeclared(name, suggestion: Suggestion.closest(to: name, among: declared))
        return Diagnostic(id, definition.defaultSeverity, message.text, at: range, keyPath: keyPath)
    }

    /// The finding for a reference to a variable without a value.
    ///
    /// - Parameters:
    ///   - name: The name referred to.
    ///   - range: Where the reference is.
    ///   - keyPath: The value's path in the profile.
    /// - Returns: The diagnostic.
    package func unset(_ name: String, at range: SourceRange, keyPath: String?) -> Diagnostic {
        Diagnostic(id, definition.defaultSeverity, Diagnostic.Message.unset(name).text, at: range, keyPath: keyPath)
    }
}

extension Diagnostic.Message {
    fileprivate static func undeclared(_ name: String, suggestion: String?) -> Self {
        Self(
            "'\(name)' is not a variable of this profile"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; declare it under variables"))
    }

    fileprivate static func unset(_ name: String) -> Self {
        "the variable '\(name)' has no value: give it in the inventory (--inventory) or a default under variables"
    }
}

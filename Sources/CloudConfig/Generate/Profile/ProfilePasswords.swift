/// Passwords a profile takes from the environment (`password: {env: NAME}`), hashed once per
/// run: checked against Azure's rules where they are the admin's, then hashed with SHA-512 crypt;
/// the plain text is not kept.
struct ProfilePasswords: Sendable {
    /// The environment to read.
    let environment: [String: String]
    /// Hashes by variable name, and whether the admin rules were applied.
    private var hashes: [String: PasswordHash] = [:]

    init(environment: [String: String]) { self.environment = environment }

    /// The hash for an environment variable's password.
    ///
    /// - Parameters:
    ///   - name: The variable.
    ///   - isAdmin: Whether Azure's admin password rules apply.
    /// - Returns: The hash, or the problem (lower-case, without the password).
    mutating func hash(of name: String, isAdmin: Bool) -> Result<PasswordHash, PlanProblem> {
        guard let text = environment[name], !text.isEmpty else {
            return .failure(
                PlanProblem(.plainTextPassword, "the environment variable \(name) with the password is not set"))
        }
        if isAdmin, let problem = AdminAccount.passwordProblem(text) {
            return .failure(PlanProblem(.weakPassword, problem))
        }
        if let hash = hashes[name] { return .success(hash) }
        do throws(PasswordHasher.Error) {
            let hash = try PasswordHasher.sha512(text)
            hashes[name] = hash
            return .success(hash)
        } catch {
            return .failure(PlanProblem(.plainTextPassword, error.message))
        }
    }
}

import CloudConfig

/// Turns the user-data options of `cloudcfg lint` and `cloudcfg show` into the library's
/// options: reads the instance data and the schema, and gives ShellCheck its runner.
enum UserDataOptionsLoader {
    /// Reads a JSON file given with an option.
    ///
    /// - Parameters:
    ///   - path: The file.
    ///   - option: The option's name, for messages.
    /// - Returns: The JSON.
    /// - Throws: ``InputError`` when the file cannot be read or is not JSON.
    static func json(_ path: String, option: String) throws(InputError) -> JSONValue {
        let source = try InputReader.read(path, limit: 64 << 20)
        do {
            return try JSONValue.parse(source.bytes)
        } catch {
            throw InputError(path: path, reason: "\(option) needs a JSON file: \(error)")
        }
    }

    /// Reads a cloud-init schema file, with the schema documents its `$ref`s name by URL when a file
    /// of that name is next to it (the versioned wrapper refers to the v1 schema by URL).
    ///
    /// - Parameter path: The schema file.
    /// - Returns: The schema.
    /// - Throws: ``InputError`` when it cannot be read or used.
    static func schema(_ path: String) throws(InputError) -> ExternalSchema {
        let source = try InputReader.read(path, limit: 64 << 20)
        var schema: ExternalSchema
        do {
            schema = try ExternalSchema(json: source.bytes, path: path)
        } catch {
            throw InputError(path: path, reason: error.description)
        }
        var documents: [String: JSONValue] = [:]
        let directory = FileSystem.directory(of: path)
        for reference in schema.externalReferences {
            let name = String(reference.split(separator: "/").last ?? "")
            guard !name.isEmpty, let other = try? json(FileSystem.join(directory, name), option: "--schema") else {
                Console.error(
                    "\(path): warning: '\(reference)' is not next to the schema; what it refers to is not checked\n")
                continue
            }
            documents[reference] = other
        }
        if !documents.isEmpty {
            do {
                schema = try ExternalSchema(json: source.bytes, path: path, documents: documents)
            } catch {
                throw InputError(path: path, reason: error.description)
            }
        }
        return schema
    }

    /// ShellCheck run as `shellcheck -f json1` from the `PATH`.
    static func shellCheck() -> ShellCheck? {
        guard let executable = ProgramRunner.find("shellcheck") else { return nil }
        return ShellCheck { request in
            do {
                let (output, status) = try ProgramRunner.run(
                    executable, request.arguments, input: Array(request.script.utf8))
                // 0: no comments, 1: comments; anything else is a failure of shellcheck itself.
                guard status == 0 || status == 1 else {
                    return .failure(ShellCheck.Failure("shellcheck exited \(status)"))
                }
                return .success(output)
            } catch {
                return .failure(ShellCheck.Failure("\(error)"))
            }
        }
    }
}

import Foundation
import IQCore

/// The baseline's JSON file: `{"version": 1, "entries": [{"rule", "path", "fingerprint", "message"}]}`.
public enum BaselineFile {
    public static func encode(_ baseline: Baseline) -> String {
        JSONValue.object([
            ("version", 1),
            ("entries", .array(baseline.entries.map { entry in
                .object([("rule", .string(entry.rule)), ("path", .string(entry.path)),
                         ("fingerprint", .string(entry.fingerprint)), ("message", .string(entry.message))])
            })),
        ]).serialized(indent: 2) + "\n"
    }

    public static func decode(_ text: String, path: String) throws(InputError) -> Baseline {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
              object["version"] as? Int == 1, let entries = object["entries"] as? [[String: Any]] else {
            throw InputError(path: path, problem: "not an iqlint baseline (expected JSON with version 1 and entries)")
        }
        var result: [Baseline.Entry] = []
        for (index, entry) in entries.enumerated() {
            guard let rule = entry["rule"] as? String, let file = entry["path"] as? String,
                  let fingerprint = entry["fingerprint"] as? String else {
                throw InputError(path: path, problem: "baseline entry \(index + 1) lacks rule, path or fingerprint")
            }
            result.append(Baseline.Entry(rule: rule, path: file, fingerprint: fingerprint, message: entry["message"] as? String ?? ""))
        }
        return Baseline(entries: result)
    }
}

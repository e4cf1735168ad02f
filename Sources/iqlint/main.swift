#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import IQCLI

exit(IQLintCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))

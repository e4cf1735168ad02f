#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CMemoryTuning
import IQCLI

// Arrays of a megabyte or more get pages of their own, returned to the system when freed.
// glibc otherwise raises its threshold to the largest block freed so far, after which a large
// bank's freed tables stay resident and add to the peak (about a sixth of it on the banks of
// bench/scaling.sh).
memory_tuning_map_large_blocks(1 << 20)

exit(IQLintCommand.run(arguments: Array(CommandLine.arguments.dropFirst())))

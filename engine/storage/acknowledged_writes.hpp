// The record of the last write causalkg confirmed to a user, kept beside
// RocksDB's files, so that opening a store can tell whether a damaged or
// missing write-ahead log cost a confirmed write.
//
// RocksDB numbers every write (its sequence number). After each commit the
// store records the number reached; a store that opens at a lower number has
// lost what it confirmed. The record is written after the commit, so that a
// process killed in between leaves it behind the data, never ahead of it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace causalkg {

// The file in the database folder that holds the record.
inline constexpr const char* kAcknowledgedFile = "ACKNOWLEDGED";

// The sequence number recorded in folder `dir`; nullopt when there is no
// record or it cannot be read whole.
std::optional<std::uint64_t> ReadAcknowledged(const std::string& dir);

// Records `sequence` in folder `dir`, durably. False when it could not: the
// record then stays behind the data, which costs only a later warning's
// certainty, never a false one.
bool RecordAcknowledged(const std::string& dir, std::uint64_t sequence);

}  // namespace causalkg

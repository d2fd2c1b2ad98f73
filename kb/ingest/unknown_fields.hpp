// The fields of claims that no reader knows, gathered over a load and said
// once each as a warning: a misspelt "stnace" is otherwise lost without a
// word, with every claim that has it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace causalkg::kb {

class UnknownFields {
 public:
  // `claims` claims had a field `name` that was not read.
  void Add(std::string_view name, std::uint64_t claims = 1);

  // A warning a name, in the names' order: "2 claims have a field 'stnace',
  // which no claim has, so it was not read; did you mean 'stance'?". Past
  // kMostNamed names, one warning counts the rest.
  std::vector<std::string> Warnings() const;

  static constexpr std::size_t kMostNamed = 10;

 private:
  std::map<std::string, std::uint64_t, std::less<>> counts_;  // at most kMostNamed names
  std::uint64_t others_ = 0;                                  // claims with a field past those
};

// The known field of a claim closest to `name`, within an edit for every
// three bytes of it (one at least, two at most), or "".
std::string_view ClosestClaimField(std::string_view name);

}  // namespace causalkg::kb

// Names close to names already there: a new node one slip of the keyboard
// away from a node the store has ("digitalisaton" beside "digitalisation")
// is most likely that node misspelt, and the write that makes it says so.
//
// One rule for ADD and for every load. Names are compared case-folded
// (engine/common/text_fold.hpp), each run of digits standing for any number
// (so compared, "node_17" is "node_N"). Two names are close when
//   - they fold to the same text: they differ in case or spacing only; or
//   - so compared, one edit (a character added, left out or changed, or two
//     neighbours swapped: grammar/edit_distance.hpp) turns one into the
//     other, it adds, drops or changes no number, and each has
//     kMinCloseBytes or more.
// Names that differ in their numbers only are never close: n1 and n2, wave 1
// and wave 2, budget 2024 and budget 2025 are told apart on purpose (and the
// n0 ... n199999 of a generated graph would all be close to one another).
// Short names are left alone: "tax" and "tap" are words of their own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/common/status.hpp"
#include "engine/model/model.hpp"
#include "engine/storage/store.hpp"

namespace causalkg {

// Below this many bytes (folded, a number counting one) a name is close to
// another only when it folds to the same text.
inline constexpr std::size_t kMinCloseBytes = 4;

// A name as the rule compares it.
struct NameForm {
  std::string folded;       // FoldCase
  std::string shape;        // folded, each run of ASCII digits as one mark
  std::size_t numbers = 0;  // runs of digits
};
NameForm FormOf(std::string_view name);
// Written over `form`, keeping its buffers.
void FormInto(std::string_view name, NameForm& form);

// Whether two names of these forms are close (the rule above). A name is
// not close to itself: equal names are one name.
bool AreClose(const NameForm& a, const NameForm& b);

// A node of the store a name is close to: its id, or one of its labels.
struct CloseNode {
  TermId id = kNoTerm;
  std::string node;      // its id
  std::string label;     // the label that is close; empty when it is the id
  std::string language;  // the label's
};

// The store's first node, in id order, whose id or a label is close to
// `name`, a node id that is not in the store. Like "did you mean" it must
// answer at once: a store of more than kMaxTermsCompared terms has only its
// first ones compared.
inline constexpr std::uint64_t kMaxTermsCompared = 250000;
Result<std::optional<CloseNode>> FindCloseNode(const Store& store, std::string_view name);

// How `name` is close to `other`: "is close to", "differs only in case or
// spacing from", or "has the name of" (another node's label, say).
std::string HowClose(std::string_view name, std::string_view other);

// "new node 'digitalisaton' is close to node 'digitalisation': did you mean
// 'digitalisation'?", or for a label "... close to 'sociale samenhang', the
// nl label of node 'social_cohesion': did you mean 'sociale samenhang'
// (social_cohesion)?"
std::string CloseNodeWarning(std::string_view name, const CloseNode& close);

// The close names among many: the new nodes of a load, against the nodes
// the store has and against each other, in time linear in the names and
// their lengths (each name's forms with one character left out are indexed,
// so that names one edit apart meet; names that differ in digits only share
// a shape and never need comparing).
class NearNames {
 public:
  // A name already there, a node's id or one of its labels, and the
  // caller's tag for it.
  void AddKnown(std::string_view name, std::uint32_t tag, bool is_label) {
    Add(name, tag, false, is_label);
  }
  // A new node's id, in the order they came.
  void AddNew(std::string_view name, std::uint32_t tag) { Add(name, tag, true, false); }
  // Room for `names` more names.
  void Reserve(std::size_t names) { entries_.reserve(entries_.size() + names); }

  struct Match {
    std::uint32_t name = 0;      // the tag of a new name
    std::uint32_t close_to = 0;  // the tag of a name it is close to
    bool close_to_new = false;   // which is new too, and came before it
  };
  // Each new name close to a known name or to a new one that came before it,
  // with the first such (a known one when there is one), in the order the
  // new names came. Call once, after every Add.
  std::vector<Match> Find();

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  struct Entry {
    // A million names: sixteen bytes each.
    std::uint64_t folded_hash = 0;
    std::uint32_t shape : 31 = 0;  // index into shapes_
    std::uint32_t is_new : 1 = 0;
    std::uint32_t tag = 0;
  };
  struct Shape {
    std::uint32_t offset = 0;  // in arena_
    std::uint32_t length = 0;
    std::uint32_t numbers = 0;
    std::uint32_t first_known = kNone;  // entries
    std::uint32_t first_new = kNone;
    // The first entries of the shapes one edit from it (FindCloseShapes):
    // of a known name, and of a new one.
    std::uint32_t close_known = kNone;
    std::uint32_t close_new = kNone;
  };
  void Add(std::string_view name, std::uint32_t tag, bool is_new, bool is_label);
  // The index of the shape in form_, added when new.
  std::uint32_t ShapeIndex();
  std::string_view ShapeText(const Shape& shape) const {
    return std::string_view(arena_).substr(shape.offset, shape.length);
  }
  // Sets close_known and close_new of each new name's shape.
  void FindCloseShapes();

  NameForm form_;  // the buffers of the name being added
  std::vector<Entry> entries_;
  std::string arena_;  // the distinct shapes' texts
  std::vector<Shape> shapes_;
  std::unordered_map<std::uint64_t, std::uint32_t> shape_of_hash_;
  std::uint32_t last_shape_ = 0;
  // The folded texts (hashed) that another name may fold to as well: of the
  // names written otherwise than folded, and of the known labels (a new id
  // may be a label's very text). Two ids written as they fold never do.
  std::vector<std::uint64_t> shared_folds_;
};

}  // namespace causalkg

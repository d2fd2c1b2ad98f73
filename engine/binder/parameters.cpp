#include "engine/binder/parameters.hpp"

#include <charconv>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <variant>

#include "grammar/limits.hpp"

namespace causalkg {

namespace {

// Calls `visit` on every place of `statement` that may hold a parameter:
// each ast::Name (with its `parameter` flag), and each optional parameter
// slot with what to do with its value.
bool IsNumber(const std::string& text) {
  double number = 0;
  const char* const last = text.data() + text.size();
  auto [end, error] = std::from_chars(text.data(), last, number);
  return !text.empty() && error == std::errc() && end == last;
}

class SlotWalker {
 public:
  // `on_name(ast::Name&)`; `on_slot(std::optional<ast::Parameter>&, Fill)`
  // where Fill is `Status(const std::string& value)`.
  using Fill = std::function<Status(const ast::Parameter&, const std::string&)>;

  SlotWalker(std::function<Status(ast::Name&)> on_name,
             std::function<Status(std::optional<ast::Parameter>&, const Fill&)> on_slot)
      : on_name_(std::move(on_name)), on_slot_(std::move(on_slot)) {}

  Status Walk(ast::Statement& statement) {
    return std::visit([this](auto& body) { return Body(body); }, statement.body);
  }

 private:
  Status Name(ast::Name& name) { return on_name_(name); }
  Status Name(std::optional<ast::Name>& name) { return name ? on_name_(*name) : Status::Ok(); }

  template <typename Alternative>
  Status Variant(Alternative& value) {
    return std::visit(
        [this](auto& alternative) -> Status {
          if constexpr (std::is_same_v<std::decay_t<decltype(alternative)>, ast::Name>) {
            return Name(alternative);
          } else {
            return Status::Ok();
          }
        },
        value);
  }

  template <typename T>
  Status Number(std::optional<ast::Parameter>& slot, std::optional<T>& value, const char* what,
                T min, T max) {
    return on_slot_(
        slot,
        [&value, what, min, max](const ast::Parameter& parameter,
                                 const std::string& text) -> Status {
          T number{};
          const char* const first = text.data();
          const char* const last = first + text.size();
          auto [end, error] = std::from_chars(first, last, number);
          bool const whole = std::is_integral_v<T>;
          std::string const kind = whole ? "a whole number" : "a number";
          std::string const range =
              std::is_same_v<T, std::uint64_t> && max == std::numeric_limits<T>::max()
                  ? std::string(what) + " must be at least " + std::to_string(min)
                  : std::string(what) + " must be between " + FormatBound(min) + " and " +
                        FormatBound(max);
          if (text.empty() || text.front() == '-' || text.front() == '+' || error != std::errc() ||
              end != last) {
            return Status::Query("parameter $" + parameter.name + " is \"" + text + "\", not " +
                                     kind + " for " + what,
                                 range)
                .WithCode(StatusCode::kInvalid)
                .AtOffset(parameter.offset);
          }
          if (number < min || number > max) {
            return Status::Query("parameter $" + parameter.name + " is " + text + ": " + range, "")
                .WithCode(StatusCode::kInvalid)
                .AtOffset(parameter.offset);
          }
          value = number;
          return Status::Ok();
        });
  }

  template <typename T>
  static std::string FormatBound(T bound) {
    if constexpr (std::is_integral_v<T>) {
      return std::to_string(bound);
    } else {
      return bound == 0 ? "0" : bound == 1 ? "1" : std::to_string(bound);
    }
  }

  Status Text(std::optional<ast::Parameter>& slot, std::optional<std::string>& value) {
    return on_slot_(slot, [&value](const ast::Parameter&, const std::string& text) {
      value = text;
      return Status::Ok();
    });
  }

  Status Options(ast::ChainOptions& options, int max_depth = grammar::kMaxDepth) {
    for (ast::Name& relation : options.via) {
      if (Status s = Name(relation); !s.ok()) return s;
    }
    // The values a condition on evidence compares with (its field is a word
    // of the grammar's, never a parameter).
    // A value bound there reads as it would written bare: a number when it
    // is one, since conditions on confidence, page or an attribute compare
    // numbers (a quoted value is text).
    for (ast::EvidenceCondition& condition : options.where) {
      for (ast::Name& value : condition.values) {
        const bool parameter = value.parameter;
        if (Status s = Name(value); !s.ok()) return s;
        if (parameter && !value.parameter && IsNumber(value.text)) value.quoted = false;
      }
    }
    if (Status s = Number<int>(options.depth_parameter, options.depth, "DEPTH", grammar::kMinDepth,
                               max_depth);
        !s.ok()) {
      return s;
    }
    if (Status s = Number<double>(options.min_belief_parameter, options.min_belief, "MIN BELIEF",
                                  0.0, 1.0);
        !s.ok()) {
      return s;
    }
    return Number<std::uint64_t>(options.limit_parameter, options.limit, "LIMIT", 1,
                                 std::numeric_limits<std::uint64_t>::max());
  }

  template <typename... Each>
  Status Names(Each&... names) {
    Status status = Status::Ok();
    ((status.ok() ? (status = Name(names), 0) : 0), ...);
    return status;
  }

  Status Body(ast::Match& match) {
    for (ast::TriplePattern& pattern : match.patterns) {
      for (ast::Term* term : {&pattern.subject, &pattern.relation, &pattern.object}) {
        if (Status s = Variant(*term); !s.ok()) return s;
      }
    }
    for (ast::Comparison& comparison : match.where) {
      if (Status s = Variant(comparison.left); !s.ok()) return s;
      if (Status s = Variant(comparison.right); !s.ok()) return s;
    }
    return Number<std::uint64_t>(match.limit_parameter, match.limit, "LIMIT", 1,
                                 std::numeric_limits<std::uint64_t>::max());
  }
  Status Body(ast::Paths& paths) { return Chain(paths.options, paths.from, paths.to); }
  Status Body(ast::Shortest& shortest) {
    return Chain(shortest.options, shortest.from, shortest.to);
  }
  Status Body(ast::Reach& reach) { return Chain(reach.options, reach.node); }
  Status Body(ast::Loops& loops) {
    // A loop search goes deeper than a chain's (grammar/limits.hpp).
    if (Status s = Name(loops.through); !s.ok()) return s;
    return Options(loops.options, grammar::kMaxLoopDepth);
  }
  Status Body(ast::Levers& levers) { return Chain(levers.options, levers.target); }
  Status Body(ast::Blindspots& blindspots) { return Chain(blindspots.options, blindspots.target); }
  Status Body(ast::Contradictions& contradictions) {
    return Chain(contradictions.options, contradictions.focus, contradictions.from,
                 contradictions.to);
  }
  Status Body(ast::Why& why) { return Names(why.first, why.second, why.third); }
  Status Body(ast::Add& add) {
    if (Status s = Names(add.subject, add.relation, add.object); !s.ok()) return s;
    if (Status s = Text(add.quote_parameter, add.quote); !s.ok()) return s;
    if (Status s = Text(add.source_parameter, add.source); !s.ok()) return s;
    if (Status s = Text(add.modality_parameter, add.modality); !s.ok()) return s;
    return Number<double>(add.confidence_parameter, add.confidence, "CONFIDENCE", 0.0, 1.0);
  }
  Status Body(ast::Remove& remove) { return Names(remove.subject, remove.relation, remove.object); }
  Status Body(ast::Load& load) { return Name(load.format); }
  Status Body(ast::Rename& rename) { return Names(rename.node, rename.new_name); }
  Status Body(ast::Merge& merge) { return Names(merge.from, merge.into); }
  Status Body(ast::RemoveNode& remove) { return Name(remove.node); }

  template <typename... Each>
  Status Chain(ast::ChainOptions& options, Each&... names) {
    if (Status s = this->Names(names...); !s.ok()) return s;
    return Options(options);
  }

  std::function<Status(ast::Name&)> on_name_;
  std::function<Status(std::optional<ast::Parameter>&, const Fill&)> on_slot_;
};

}  // namespace

Status UnboundParameter(const std::string& name, std::size_t offset) {
  return Status::Query("parameter $" + name + " has no value",
                       "set it with .param set " + name + " VALUE (from Python: " + name + "=...)")
      .WithCode(StatusCode::kNotFound)
      .AtOffset(offset);
}

std::vector<ast::Parameter> ParametersOf(const ast::Statement& statement) {
  return statement.parameters;
}

bool HasParameters(const ast::Statement& statement) { return !statement.parameters.empty(); }

std::vector<ParameterUse> ParameterUses(const ast::Statement& statement) {
  std::vector<ParameterUse> uses;
  ast::Statement walked = statement;  // the walker may change what it visits
  SlotWalker walker(
      [&](ast::Name& name) {
        if (name.parameter) uses.push_back({name.text, name.offset, true});
        return Status::Ok();
      },
      [&](std::optional<ast::Parameter>& slot, const SlotWalker::Fill&) {
        if (slot) uses.push_back({slot->name, slot->offset, false});
        return Status::Ok();
      });
  (void)walker.Walk(walked);
  return uses;
}

Result<ast::Statement> BindParameters(const ast::Statement& statement,
                                      const ParameterValues& values) {
  ast::Statement bound = statement;
  // The first error by position, so that the message names the first
  // parameter the reader meets, whatever order the fields are walked in.
  std::optional<Status> first_error;
  std::size_t first_offset = 0;
  auto keep = [&](Status status, std::size_t offset) {
    if (!first_error || offset < first_offset) {
      first_error = std::move(status);
      first_offset = offset;
    }
  };
  SlotWalker walker(
      [&](ast::Name& name) {
        if (!name.parameter) return Status::Ok();
        auto value = values.find(name.text);
        if (value == values.end()) {
          keep(UnboundParameter(name.text, name.offset), name.offset);
          return Status::Ok();
        }
        name.text = value->second;
        name.quoted = true;
        name.parameter = false;
        return Status::Ok();
      },
      [&](std::optional<ast::Parameter>& slot, const SlotWalker::Fill& fill) {
        if (!slot) return Status::Ok();
        auto value = values.find(slot->name);
        if (value == values.end()) {
          keep(UnboundParameter(slot->name, slot->offset), slot->offset);
          return Status::Ok();
        }
        if (Status s = fill(*slot, value->second); !s.ok()) keep(std::move(s), slot->offset);
        slot.reset();
        return Status::Ok();
      });
  (void)walker.Walk(bound);
  if (first_error) return std::move(*first_error);
  bound.parameters.clear();
  return bound;
}

}  // namespace causalkg

#include "cli/shell/review_prompt.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string_view>
#include <vector>

#include "cli/load_with_progress.hpp"
#include "cli/review_report.hpp"
#include "cli/script.hpp"
#include "cli/shell/candidate_view.hpp"
#include "engine/common/visible_text.hpp"
#include "kb/review/accepted_load.hpp"

namespace causalkg::cli {

namespace {

constexpr const char* kKeys =
    "a accept  r reject  f flip sign  v reverse  n rename  s skip  u undo  q quit  ? help";

constexpr const char* kHelp =
    "  a  accept: the claim is loaded as shown\n"
    "  r  reject, with a reason: not-causal, wrong-sign, wrong-direction, wrong-span, "
    "hypothetical\n"
    "     (r wrong-sign, or r 2, gives it at once)\n"
    "  f  flip the sign: the relation becomes the built-in one of the other sign\n"
    "  v  reverse: the subject becomes the object and the object the subject\n"
    "  n  rename the subject or the object to a node of the database (n object social_cohesion;\n"
    "     Tab completes the node)\n"
    "  s  skip: leave it for later\n"
    "  u  undo the last decision\n"
    "  q  quit: load the claims accepted so far; the review goes on from here next time\n"
    "  Ctrl-D quits as q does; the decisions are kept in the review log as they are made.\n";

const std::vector<std::string> kVerbs = {"accept", "reject", "flip", "reverse", "rename",
                                         "skip",   "undo",   "quit", "help"};

std::vector<std::string> Words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> words;
  std::string word;
  while (in >> word) words.push_back(word);
  return words;
}

// What follows the first `count` words of `line`.
std::string AfterWords(const std::string& line, std::size_t count) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < count; ++i) {
    at = line.find_first_not_of(" \t", at);
    if (at == std::string::npos) return "";
    at = line.find_first_of(" \t", at);
    if (at == std::string::npos) return "";
  }
  return line.substr(at);
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::vector<std::string> StartingWith(const std::vector<std::string>& words,
                                      const std::string& text) {
  std::vector<std::string> out;
  for (const std::string& word : words) {
    if (word.rfind(text, 0) == 0) out.push_back(word);
  }
  return out;
}

std::vector<std::string> ReasonNames() {
  std::vector<std::string> names;
  for (kb::Reason reason : kb::ReviewerReasons()) names.emplace_back(kb::ReasonName(reason));
  return names;
}

// A reason by its number (1-5), its name, or a start only it has, also
// without "wrong-" (sign, direction, span).
std::optional<kb::Reason> ReasonOf(const std::string& answer) {
  const std::string typed = Lower(answer);
  const auto reasons = kb::ReviewerReasons();
  if (typed.size() == 1 && typed[0] >= '1' && typed[0] < static_cast<char>('1' + reasons.size())) {
    return reasons[typed[0] - '1'];
  }
  std::optional<kb::Reason> found;
  int matches = 0;
  for (kb::Reason reason : reasons) {
    const std::string name = kb::ReasonName(reason);
    if (name == typed) return reason;
    if (name.rfind(typed, 0) == 0 || name.rfind("wrong-" + typed, 0) == 0) {
      found = reason;
      ++matches;
    }
  }
  return matches == 1 ? found : std::nullopt;
}

std::optional<kb::ClaimEnd> EndOf(const std::string& answer) {
  const std::string typed = Lower(answer);
  if (typed == "s" || typed == "subject") return kb::ClaimEnd::kSubject;
  if (typed == "o" || typed == "object") return kb::ClaimEnd::kObject;
  return std::nullopt;
}

// A node's name as typed: quotes around it are not part of it.
std::string Unquoted(std::string name) {
  name = TrimBlanks(name);
  if (name.size() >= 2 && (name.front() == '\'' || name.front() == '"') &&
      name.back() == name.front()) {
    name = name.substr(1, name.size() - 2);
  }
  return name;
}

// Completes an answer to a question for as long as it is asked, then puts
// back what completed before (the review's command, or the shell's).
class AnswersWhileAsking {
 public:
  AnswersWhileAsking(Completions& completions, Completions::Answers answers)
      : completions_(completions), before_(completions_.SetAnswers(std::move(answers))) {}
  ~AnswersWhileAsking() { completions_.SetAnswers(std::move(before_)); }
  AnswersWhileAsking(const AnswersWhileAsking&) = delete;
  AnswersWhileAsking& operator=(const AnswersWhileAsking&) = delete;

 private:
  Completions& completions_;
  Completions::Answers before_;
};

class Review {
 public:
  Review(kb::ReviewSession& session, Store& store, const ReviewTerminal& terminal)
      : session_(session), store_(store), t_(terminal) {}

  bool Run();

 private:
  enum class Next { kStay, kShowAgain, kMoveOn, kQuit };

  void Show(std::size_t index);
  Next Handle(std::size_t& index, const std::string& line);
  Next Decide(std::size_t index, kb::Action action, kb::Reason reason = kb::Reason::kNone,
              kb::ClaimEnd end = kb::ClaimEnd::kSubject, const std::string& node = {});
  Next Accept(std::size_t index);
  Next Reject(std::size_t index, const std::vector<std::string>& words);
  Next Rename(std::size_t index, const std::vector<std::string>& words, const std::string& line);
  Next Undo(std::size_t& index);
  // The answer to a question, read with `answers` completing it; nullopt
  // when the person gives none (an empty line, Ctrl-C, Ctrl-D).
  std::optional<std::string> Ask(const std::string& prompt, Completions::Answers answers);
  std::vector<std::string> CompleteCommand(const std::string& text, bool in_quote,
                                           const std::string& before);
  bool Finish();
  void Tell(const Status& status);
  std::string Prompt(std::size_t index) const;

  kb::ReviewSession& session_;
  Store& store_;
  const ReviewTerminal& t_;
};

void Review::Tell(const Status& status) {
  t_.err << Visible(status.ToString()) << '\n';
  if (!status.hint().empty()) t_.err << "hint: " << Visible(status.hint()) << '\n';
}

std::string Review::Prompt(std::size_t index) const {
  return "review " + std::to_string(session_.candidates()[index].number) + "/" +
         std::to_string(session_.candidates().size()) + " [a r f v n s u q ?]> ";
}

void Review::Show(std::size_t index) {
  const kb::Candidate& c = session_.candidates()[index];
  const kb::CandidateState& state = session_.state(index);
  t_.out << '\n'
         << CandidateHeading(c, session_.candidates().size(), state) << '\n'
         << "  " << MarkedQuote(c, t_.colour) << '\n'
         << "  claim: " << ClaimLine(state.claim, store_) << '\n';
}

std::optional<std::string> Review::Ask(const std::string& prompt, Completions::Answers answers) {
  AnswersWhileAsking asking(t_.completions, std::move(answers));
  auto line = t_.lines.Read(prompt);
  if (!line || *line == "\x03" || TrimBlanks(*line).empty()) return std::nullopt;
  return TrimBlanks(*line);
}

std::vector<std::string> Review::CompleteCommand(const std::string& text, bool in_quote,
                                                 const std::string& before) {
  const std::vector<std::string> words = Words(before);
  if (words.empty()) return StartingWith(kVerbs, Lower(text));
  const std::string verb = Lower(words[0]);
  if ((verb == "r" || verb == "reject") && words.size() == 1) {
    return StartingWith(ReasonNames(), Lower(text));
  }
  if (verb == "n" || verb == "rename") {
    if (words.size() == 1) return StartingWith({"subject", "object"}, Lower(text));
    return t_.completions.Nodes(text, in_quote);
  }
  return {};
}

Review::Next Review::Decide(std::size_t index, kb::Action action, kb::Reason reason,
                            kb::ClaimEnd end, const std::string& node) {
  Status s = session_.Decide(index, action, reason, end, node);
  if (!s.ok()) {
    Tell(s);
    return Next::kStay;
  }
  return kb::Edits(action) ? Next::kShowAgain : Next::kMoveOn;
}

Review::Next Review::Accept(std::size_t index) {
  // Refused now rather than failing the load of every claim at the end.
  const kb::AcceptedClaim claim{&session_.candidates()[index], &session_.state(index).claim};
  if (Status fits = kb::CheckAccepted(store_, session_.path(), claim); !fits.ok()) {
    t_.err << "This claim cannot be loaded as it is: " << Visible(fits.ToString()) << '\n'
           << "hint: rename the end at fault (n), or reject the candidate (r)\n";
    return Next::kStay;
  }
  return Decide(index, kb::Action::kAccept);
}

Review::Next Review::Reject(std::size_t index, const std::vector<std::string>& words) {
  std::optional<kb::Reason> reason;
  if (words.size() > 1) {
    reason = ReasonOf(words[1]);
    if (!reason) t_.err << "Error: no reason '" << Visible(words[1]) << "'\n";
  }
  const std::string question =
      "why? 1 not-causal, 2 wrong-sign, 3 wrong-direction, 4 wrong-span, 5 hypothetical> ";
  while (!reason) {
    auto answer = Ask(question, [](const std::string& text, bool, const std::string&) {
      return StartingWith(ReasonNames(), Lower(text));
    });
    if (!answer) {
      t_.out << "not rejected\n";
      return Next::kStay;
    }
    reason = ReasonOf(*answer);
    if (!reason) t_.err << "Error: no reason '" << Visible(*answer) << "'\n";
  }
  return Decide(index, kb::Action::kReject, *reason);
}

Review::Next Review::Rename(std::size_t index, const std::vector<std::string>& words,
                            const std::string& line) {
  std::optional<kb::ClaimEnd> end;
  if (words.size() > 1) end = EndOf(words[1]);
  while (!end) {
    auto answer = Ask("rename which end? s subject, o object> ",
                      [](const std::string& text, bool, const std::string&) {
                        return StartingWith({"subject", "object"}, Lower(text));
                      });
    if (!answer) {
      t_.out << "not renamed\n";
      return Next::kStay;
    }
    end = EndOf(*answer);
    if (!end) t_.err << "Error: s (subject) or o (object)?\n";
  }
  // The node given on the line: all of it after the end (a label may hold
  // blanks).
  std::string given;
  if (words.size() > 2) given = Unquoted(AfterWords(line, 2));
  const std::string question =
      std::string("rename the ") + kb::EndName(*end) + " to which node? (Tab completes)> ";
  while (true) {
    if (given.empty()) {
      auto answer =
          Ask(question, [this](const std::string& text, bool in_quote, const std::string&) {
            return t_.completions.Nodes(text, in_quote);
          });
      if (!answer) {
        t_.out << "not renamed\n";
        return Next::kStay;
      }
      given = Unquoted(*answer);
    }
    auto node = kb::ResolveNode(store_, given);
    if (node.ok()) return Decide(index, kb::Action::kRename, kb::Reason::kNone, *end, *node);
    Tell(node.status());
    given.clear();
  }
}

Review::Next Review::Undo(std::size_t& index) {
  auto undone = session_.Undo();
  if (!undone.ok()) {
    Tell(undone.status());
    return Next::kStay;
  }
  if (*undone < session_.candidates().size()) {
    index = *undone;
    t_.out << "took back the last decision on candidate " << session_.candidates()[index].number
           << '\n';
  } else {
    t_.out << "took back a decision on a candidate the file no longer holds\n";
  }
  return Next::kShowAgain;
}

Review::Next Review::Handle(std::size_t& index, const std::string& line) {
  const std::vector<std::string> words = Words(line);
  if (words.empty()) return Next::kStay;
  const std::string verb = Lower(words[0]);
  auto is = [&](const char* letter, const char* word) { return verb == letter || verb == word; };
  if (is("a", "accept")) return Accept(index);
  if (is("r", "reject")) return Reject(index, words);
  if (is("f", "flip")) return Decide(index, kb::Action::kFlip);
  if (is("v", "reverse")) return Decide(index, kb::Action::kReverse);
  if (is("n", "rename")) return Rename(index, words, line);
  if (is("s", "skip")) return Decide(index, kb::Action::kSkip);
  if (is("u", "undo")) return Undo(index);
  if (is("q", "quit")) return Next::kQuit;
  if (is("?", "help") || verb == "h") {
    t_.out << kHelp;
    return Next::kStay;
  }
  t_.err << "Error: unknown answer '" << Visible(words[0]) << "'\nhint: " << kKeys << '\n';
  return Next::kStay;
}

bool Review::Run() {
  t_.out << WarningLines(session_.warnings());
  const std::size_t total = session_.candidates().size();
  if (total == 0) {
    t_.out << Visible(session_.path()) << " holds no candidates: nothing to review.\n";
    return true;
  }
  const std::size_t decided =
      total - session_.CountWhere(kb::Verdict::kOpen) - session_.CountWhere(kb::Verdict::kSkipped);
  t_.out << "Reviewing " << Visible(session_.path()) << ": " << total
         << (total == 1 ? " candidate" : " candidates");
  if (decided > 0) t_.out << ", " << decided << " decided before";
  t_.out << "; decisions are kept in " << Visible(session_.log_path()) << '\n' << kKeys << '\n';

  std::optional<std::size_t> index = session_.NextOpen(0);
  bool show = true;
  while (index) {
    if (show) Show(*index);
    AnswersWhileAsking asking(
        t_.completions, [this](const std::string& text, bool in_quote, const std::string& before) {
          return CompleteCommand(text, in_quote, before);
        });
    auto line = t_.lines.Read(Prompt(*index));
    if (!line) {  // Ctrl-D: as q
      t_.out << '\n';
      break;
    }
    if (*line == "\x03") {
      t_.out << "^C\n";
      show = false;
      continue;
    }
    const Next next = Handle(*index, *line);
    if (next == Next::kQuit) break;
    show = next != Next::kStay;
    if (next == Next::kMoveOn) index = session_.NextOpen(*index + 1);
  }
  return Finish();
}

bool Review::Finish() {
  t_.out << '\n' << ReviewTally(session_) << '\n';
  bool ok = true;
  if (session_.PendingLoad() > 0) {
    auto loaded = session_.LoadAccepted(store_);
    if (loaded.ok()) {
      t_.completions.Invalidate();
      t_.out << LoadedReport(*loaded);
    } else {
      Tell(loaded.status());
      t_.err << "Nothing was loaded; the decisions are kept in " << Visible(session_.log_path())
             << ", and the next review of " << Visible(session_.path()) << " loads them.\n";
      ok = false;
    }
  } else {
    t_.out << "No accepted claims to load.\n";
  }
  t_.out << RatesTable(session_.Rates(), t_.width);
  const std::size_t to_go =
      session_.CountWhere(kb::Verdict::kOpen) + session_.CountWhere(kb::Verdict::kSkipped);
  if (to_go > 0) {
    t_.out << to_go << (to_go == 1 ? " candidate" : " candidates")
           << " to go: review the file again to go on where this review stopped.\n";
  }
  return ok;
}

}  // namespace

bool RunReview(kb::ReviewSession& session, Store& store, const ReviewTerminal& terminal) {
  return Review(session, store, terminal).Run();
}

}  // namespace causalkg::cli

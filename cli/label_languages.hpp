// The languages results may show labels in (.lang, --lang): English, Dutch,
// ids, and any other language the database's labels have.
#pragma once

#include <string>

#include "engine/storage/store.hpp"

namespace causalkg::cli {

// The language `name` names, as results look labels up: "en", "nl", "id"
// (ids, no labels) or a language tag the database's labels have ("de",
// "pt-BR"), each in any case ("NL" is "nl"). Any other name is a Usage error
// that lists them.
Result<std::string> LabelLanguage(const Store& store, const std::string& name);

}  // namespace causalkg::cli

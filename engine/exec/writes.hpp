// ADD and REMOVE: writing one claim from the query language.
#pragma once

#include "engine/binder/name_resolver.hpp"
#include "engine/model/result.hpp"
#include "grammar/ast.hpp"

namespace causalkg {

// Adds the claim, creating the nodes and relation it names when they are
// unknown (a name that resolves, by id or label, is the existing term).
Result<WriteResult> AddClaim(Store& store, const NameResolver& names, const ast::Add& add);

// Removes the claim and all its evidence; a Query error when it is absent.
Result<WriteResult> RemoveClaim(Store& store, const NameResolver& names, const ast::Remove& remove);

}  // namespace causalkg

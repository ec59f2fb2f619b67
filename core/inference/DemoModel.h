#pragma once

#include "common/Result.h"
#include "desk/DeskReplay.h"

namespace lx::auth {
class AuthService;
class Session;
} // namespace lx::auth

namespace lx::inference {

// The demo workspace's sentiment model: trained when the demo is built from the labelled
// customer-service lines Lingxi ships for it (resources/sentiment/demo_reviews.csv, written for
// the demo), registered and made active by the supervisor, so that live messages get a sentiment
// and the complaint ladder can fire. Returns the classifier the demo desk uses for its own lines.
Result<desk::SentimentFn> addDemoModel(auth::AuthService& auth, const auth::Session& supervisor);

} // namespace lx::inference

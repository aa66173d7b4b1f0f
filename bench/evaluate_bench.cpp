// Microseconds per evaluate call, natively: the core's evaluate alone, and
// json_api::evaluate (the JSON text in and out that the Wasm module's callers
// pay for), with the same request the browser benchmark sends.
// Usage: evaluate_bench GUIDE [CALLS]
#include "offercheck/evaluation.hpp"
#include "offercheck/guide_loader.hpp"
#include "offercheck/json_api.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

// The median over 7 runs of `calls` calls, in microseconds per call.
template <class Call>
double median_us(int calls, Call call) {
  std::vector<double> runs;
  for (int run = 0; run < 7; ++run) {
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < calls; ++i) call(i);
    std::chrono::duration<double, std::micro> elapsed = std::chrono::steady_clock::now() - start;
    runs.push_back(elapsed.count() / calls);
  }
  std::sort(runs.begin(), runs.end());
  return runs[runs.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: evaluate_bench GUIDE [CALLS]\n");
    return 2;
  }
  std::ifstream in(argv[1]);
  std::stringstream text;
  text << in.rdbuf();
  auto report = offercheck::load_guide(text.str());
  if (!report.ok()) return 1;
  const int calls = argc > 2 ? std::atoi(argv[2]) : 20000;

  offercheck::EvaluateRequest request;
  request.region = "Paris";
  request.offer.stock = 110000;
  request.offer.bonus_pct = 10;
  double checksum = 0;
  const double core_us = median_us(calls, [&](int i) {
    request.offer.base = 80000 + i % 1000;
    checksum += *offercheck::evaluate(*report.guide, request).value().asks.ask.base;
  });

  // The equity answer at its heaviest: options at an exit, a competing offer
  // (break-even and crossover) and leaving early.
  offercheck::EvaluateRequest equity = request;
  equity.offer.stock.reset();
  equity.offer.options = 40000;
  equity.offer.strike = 2;
  equity.offer.share_price = 10;
  equity.offer.dilution_pct = 20;
  equity.offer.vesting = offercheck::parse_vesting("monthly").value();
  equity.leave_after_months = 18;
  offercheck::CompetingOffer other;
  other.name = "BigCo";
  other.base = 120000;
  other.stock_per_year = 60000;
  equity.competing.push_back(other);
  const double equity_us = median_us(calls, [&](int i) {
    equity.offer.base = 80000 + i % 1000;
    checksum += *offercheck::evaluate(*report.guide, equity).value().decision->headline().breakeven_exit_multiple;
  });

  offercheck::GuideLibrary library;
  library.add(text.str());
  const std::string id = offercheck::guide_id(*report.guide);
  std::size_t answered = 0;
  const double json_us = median_us(calls, [&](int i) {
    const std::string json = "{\"today\":\"2026-11-22\",\"guide\":\"" + id +
                             "\",\"region\":\"Paris\",\"offer\":{\"base\":" + std::to_string(80000 + i % 1000) +
                             ",\"stock\":110000,\"bonus_pct\":10}}";
    answered += offercheck::json_api::evaluate(library, json).size();
  });
  std::printf("{\"us_per_call\": %.3f, \"equity_us_per_call\": %.3f, \"json_api_us_per_call\": %.3f, \"calls\": %d, \"checksum\": %.0f, \"answer_bytes\": %zu}\n",
              core_us, equity_us, json_us, calls, checksum, answered / (7 * static_cast<std::size_t>(calls)));
  return 0;
}

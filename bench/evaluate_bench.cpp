// Microseconds per evaluate call, natively: the same request the browser
// benchmark sends through the JS API, minus the JSON text round trip.
// Usage: evaluate_bench GUIDE [CALLS]
#include "offercheck/evaluation.hpp"
#include "offercheck/guide_loader.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

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
  request.offer.base = 80000;
  request.offer.stock = 110000;
  request.offer.bonus_pct = 10;
  std::vector<double> runs;
  double checksum = 0;
  for (int run = 0; run < 7; ++run) {
    auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < calls; ++i) {
      request.offer.base = 80000 + i % 1000;
      checksum += *offercheck::evaluate(*report.guide, request).value().asks.ask.base;
    }
    std::chrono::duration<double, std::micro> elapsed = std::chrono::steady_clock::now() - start;
    runs.push_back(elapsed.count() / calls);
  }
  std::sort(runs.begin(), runs.end());
  std::printf("{\"us_per_call\": %.3f, \"calls\": %d, \"checksum\": %.0f}\n", runs[runs.size() / 2], calls, checksum);
  return 0;
}

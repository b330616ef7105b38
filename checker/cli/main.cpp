// concord: thin entry point. Parses the command line (cli_app.cpp) and is the one error boundary:
// a UserError or any other exception becomes one line on stderr and exit status 2.
#include <exception>
#include <iostream>

#include "checker/cli/cli_app.h"
#include "checker/model/error.h"

int main(int argc, char** argv) {
  try {
    return concord::cli::run(argc, argv);
  } catch (const concord::UserError& error) {
    std::cerr << "concord: error: " << error.what() << '\n';
  } catch (const std::exception& error) {
    std::cerr << "concord: internal error: " << error.what() << '\n';
  }
  return 2;
}

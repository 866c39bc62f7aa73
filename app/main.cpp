// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

int main(int argc, char **argv)
{
    return Versus::CommandLine::run(argc, argv);
}

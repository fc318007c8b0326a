#include "working.h"

#include "reportoptions.h"

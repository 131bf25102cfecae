#include "domain/Readiness.h"

#include "interchange/ReleaseJson.h"

import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { ThresholdsResolver } from './thresholds.resolver';
import { ThresholdsService } from './thresholds.service';

@Module({ imports: [ProjectsModule], providers: [ThresholdsService, ThresholdsResolver] })
export class SettingsModule {}

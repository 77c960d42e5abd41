import { Module } from '@nestjs/common';
import { ProjectsModule } from '../projects/projects.module';
import { ProjectSupervisionsResolver, SupervisionsResolver } from './supervisions.resolver';
import { SupervisionsService } from './supervisions.service';

@Module({
  imports: [ProjectsModule],
  providers: [SupervisionsService, SupervisionsResolver, ProjectSupervisionsResolver],
})
export class SupervisionsModule {}
